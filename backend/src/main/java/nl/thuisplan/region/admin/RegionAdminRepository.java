package nl.thuisplan.region.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Regions, deelregio's and membership periods as the beheer reads and writes them, in the caller's
 * tenant transaction (row-level security applies to every statement).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegionAdminRepository extends GenericRepository<RegionAdminRepository.RegionRow, Integer> {

    @MappedEntity("region")
    record RegionRow(@Id @GeneratedValue @Nullable Integer regionId, String code, String name) {
    }

    @Introspected
    record SubregionRow(int regionId, String code, String name) {
    }

    @Introspected
    record MemberRow(int regionId, String municipalityCode, String municipalityName, @Nullable String subregionCode,
                     LocalDate validFrom, @Nullable LocalDate validTo, boolean confirmed, @Nullable String note, int version) {
    }

    @Query("select region_id, code, name from region where (cast(:code as text) is null or code = :code) order by code")
    List<RegionRow> regions(@Nullable String code);

    @Query("select region_id, code, name from subregion where (cast(:regionId as integer) is null or region_id = :regionId) order by name")
    List<SubregionRow> subregions(@Nullable Integer regionId);

    String MEMBER = """
            select rm.region_id, rm.municipality_code, m.name as municipality_name, rm.subregion_code, rm.valid_from, rm.valid_to,
                   rm.confirmed, rm.note, rm.version
            from region_membership rm join municipality m on m.code = rm.municipality_code
            """;

    @Query(MEMBER + " where (cast(:regionId as integer) is null or rm.region_id = :regionId) "
            + "order by rm.valid_to is not null, m.name, rm.valid_from")
    List<MemberRow> members(@Nullable Integer regionId);

    @Query(MEMBER + " where rm.region_id = :regionId and rm.municipality_code = :municipalityCode and rm.valid_from = :validFrom")
    Optional<MemberRow> member(int regionId, String municipalityCode, LocalDate validFrom);

    /** The other periods of the municipality in the region that share a day with [from, to] (to null: open). */
    @Query(MEMBER + """
             where rm.region_id = :regionId and rm.municipality_code = :municipalityCode
               and (cast(:exceptFrom as date) is null or rm.valid_from <> :exceptFrom)
               and daterange(rm.valid_from, rm.valid_to, '[]') && daterange(:validFrom, cast(:validTo as date), '[]')
             order by rm.valid_from""")
    List<MemberRow> overlapping(int regionId, String municipalityCode, LocalDate validFrom, @Nullable LocalDate validTo,
                                @Nullable LocalDate exceptFrom);

    @Query("select name from municipality where code = :code")
    Optional<String> municipalityName(String code);

    @Query("select count(*) from region where code = :code")
    long codeCount(String code);

    @Query("select count(*) from region where lower(name) = lower(:name)")
    long nameCount(String name);

    RegionRow save(RegionRow region);

    @Query("insert into subregion (region_id, code, name) values (:regionId, :code, :name)")
    void insertSubregion(int regionId, String code, String name);

    @Query("select count(*) from subregion where region_id = :regionId and (code = :code or lower(name) = lower(:name))")
    long subregionTaken(int regionId, String code, String name);

    @Query("select count(*) from subregion where region_id = :regionId and code = :code")
    long subregionCount(int regionId, String code);

    @Query("""
            insert into region_membership (region_id, municipality_code, valid_from, subregion_code, confirmed)
            values (:regionId, :municipalityCode, :validFrom, :subregionCode, :confirmed)""")
    void insertMember(int regionId, String municipalityCode, LocalDate validFrom, @Nullable String subregionCode, boolean confirmed);

    @Query("""
            update region_membership set valid_to = :validTo, confirmed = :confirmed, subregion_code = :subregionCode, note = :note,
                   version = version + 1
            where region_id = :regionId and municipality_code = :municipalityCode and valid_from = :validFrom and version = :version""")
    long updateMember(int regionId, String municipalityCode, LocalDate validFrom, @Nullable LocalDate validTo, boolean confirmed,
                      @Nullable String subregionCode, @Nullable String note, int version);
}
