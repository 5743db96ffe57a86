package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The writes of an analysis as a whole: its workflow step, the copy of its figures into a reopened
 * version, the mark of an import. Runs in the caller's tenant transaction; the status names are bound
 * from {@link DemandStatus}, never spelled in SQL.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemandAnalysisRepository extends GenericRepository<DemandAnalysisRepository.AnalysisKey, Long> {

    /** The key of an analysis version (the table's primary key is region and analysis). */
    @MappedEntity("demand_analysis")
    record AnalysisKey(@Id long analysisId, int regionId) {
    }

    /** One version of an analysis with its region's and municipality's names, read by column name (naming strategy). */
    @MappedEntity("demand_analysis")
    record Stored(int regionId, String regionCode, String regionName, long analysisId, @Nullable String municipalityCode,
                  @Nullable String municipalityName, int year, int versionNo, DemandStatus status,
                  @Nullable String returnedReason, @Nullable OffsetDateTime submittedAt, @Nullable String submittedBy,
                  @Nullable OffsetDateTime adoptedAt, @Nullable String adoptedBy, OffsetDateTime updatedAt,
                  int lockVersion, int latestVersionNo) {

        Analysis analysis() {
            return new Analysis(regionId, regionCode, regionName, analysisId, municipalityCode, municipalityName,
                    year, versionNo, status, returnedReason, submittedAt, submittedBy, adoptedAt, adoptedBy, updatedAt, lockVersion,
                    latestVersionNo);
        }
    }

    String ANALYSIS = """
            select a.region_id, r.code as region_code, r.name as region_name, a.analysis_id, a.municipality_code,
                   m.name as municipality_name, a.year, a.version_no, a.status, a.returned_reason, a.submitted_at,
                   a.submitted_by, a.adopted_at, a.adopted_by, a.updated_at, a.lock_version,
                   (select max(b.version_no) from demand_analysis b where b.region_id = a.region_id
                      and b.municipality_code is not distinct from a.municipality_code and b.year = a.year) as latest_version_no
            from demand_analysis a
            join region r on r.region_id = a.region_id
            left join municipality m on m.code = a.municipality_code
            """;

    default Optional<Analysis> byId(long analysisId) {
        return storedById(analysisId).map(Stored::analysis);
    }

    /** The highest version of a municipality's (or, with null, the region's own) analysis for a year. */
    default Optional<Analysis> latest(int regionId, @Nullable String municipalityCode, int year) {
        return storedLatest(regionId, municipalityCode, year).map(Stored::analysis);
    }

    default Optional<Analysis> latestAnyRegion(String municipalityCode, int year) {
        return storedLatestAnyRegion(municipalityCode, year).map(Stored::analysis);
    }

    /** Every version of the analysis {@code a} is one of, oldest first. */
    default List<Analysis> versions(Analysis a) {
        return storedVersions(a.regionId(), a.municipalityCode(), a.year()).stream().map(Stored::analysis).toList();
    }

    @Query(ANALYSIS + "where a.analysis_id = :analysisId")
    Optional<Stored> storedById(long analysisId);

    @Query(ANALYSIS + "where a.region_id = :regionId and a.municipality_code is not distinct from :municipalityCode "
            + "and a.year = :year order by a.version_no desc limit 1")
    Optional<Stored> storedLatest(int regionId, @Nullable String municipalityCode, int year);

    @Query(ANALYSIS + "where a.municipality_code = :municipalityCode and a.year = :year order by a.version_no desc limit 1")
    Optional<Stored> storedLatestAnyRegion(String municipalityCode, int year);

    @Query(ANALYSIS + "where a.region_id = :regionId and a.municipality_code is not distinct from :municipalityCode "
            + "and a.year = :year order by a.version_no")
    List<Stored> storedVersions(int regionId, @Nullable String municipalityCode, int year);

    @Query("insert into demand_analysis (region_id, municipality_code, year, version_no, created_by) "
            + "values (:regionId, :municipalityCode, :year, :versionNo, :actor) returning analysis_id")
    long create(int regionId, @Nullable String municipalityCode, int year, int versionNo, String actor);

    /**
     * Moves an analysis to {@code to} if it is still at {@code lockVersion} and in one of {@code from}.
     * False = someone else moved it first.
     */
    default boolean transition(Analysis a, int lockVersion, List<DemandStatus> from, DemandStatus to,
                               @Nullable String reason, String actor) {
        return transition(a.regionId(), a.id(), lockVersion, from.stream().map(Enum::name).toList(), to.name(), reason, actor,
                DemandStatus.RETURNED.name(), DemandStatus.SUBMITTED.name(), DemandStatus.ADOPTED.name()) == 1;
    }

    @Query("""
            update demand_analysis set status = :to, lock_version = lock_version + 1, updated_at = now(),
                   returned_reason = case when :to = :returned then :reason else returned_reason end,
                   submitted_at = case when :to = :submitted then now() else submitted_at end,
                   submitted_by = case when :to = :submitted then :actor else submitted_by end,
                   adopted_at = case when :to = :adopted then now() else adopted_at end,
                   adopted_by = case when :to = :adopted then :actor else adopted_by end
            where region_id = :regionId and analysis_id = :analysisId and lock_version = :lockVersion
              and status in (:from)""")
    int transition(int regionId, long analysisId, int lockVersion, List<String> from, String to, @Nullable String reason,
                   String actor, String returned, String submitted, String adopted);

    /** Copies the figures of an adopted version into a new concept version. */
    @Query("""
            insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, housing_form_code,
                                       measure, value, low, high, source, note, updated_by)
            select region_id, :toId, municipality_code, target_group_code, housing_form_code, measure, value, low, high,
                   source, note, :actor
            from demand_figure where region_id = :regionId and analysis_id = :fromId""")
    void copyFigures(int regionId, long fromId, long toId, String actor);

    @Query("update demand_analysis set updated_at = now() where region_id = :regionId and analysis_id = :analysisId")
    void touch(int regionId, long analysisId);
}
