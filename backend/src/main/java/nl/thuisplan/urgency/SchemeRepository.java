package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Urgency scheme versions (the {@code urgency_scheme} rows); their categories and quotas are in
 * {@link SchemePartsRepository}, their deviations in {@link DeviationRepository}. Runs on the
 * connection of the caller's tenant transaction, so row-level security applies.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SchemeRepository extends GenericRepository<SchemeRow, Long> {

    /** The header fields a PUT or a create writes. */
    record Header(String name, LocalDate validFrom, LocalDate validTo, @Nullable String legalName, @Nullable LocalDate legalDate) {
    }

    String COLUMNS = """
            select s.region_id, r.code as region_code, r.name as region_name, s.scheme_id, s.name, s.version_no,
                   s.status, s.valid_from, s.valid_to, s.legal_name, s.legal_date, s.based_on, s.lock_version,
                   s.adopted_at, s.adopted_by
            from urgency_scheme s join region r on r.region_id = s.region_id
            """;

    @Query(COLUMNS + "where s.region_id = :regionId order by s.version_no desc")
    List<SchemeRow> findByRegion(int regionId);

    @Query(COLUMNS + "where s.scheme_id = :id")
    Optional<SchemeRow> find(long id);

    /** Versions of the region in {@code status} whose validity overlaps [from, to], other than {@code except}. */
    @Query(COLUMNS + """
            where s.region_id = :regionId and s.status = :status and s.scheme_id <> :except
              and s.valid_from <= :to and s.valid_to >= :from
            order by s.version_no""")
    List<SchemeRow> findOverlapping(int regionId, SchemeStatus status, LocalDate from, LocalDate to, long except);

    /** A new concept with the region's next version number; the status is the column's default. */
    @Query("""
            insert into urgency_scheme (region_id, name, version_no, valid_from, valid_to, legal_name, legal_date,
                                        based_on, created_by, updated_by)
            values (:regionId, :name, (select coalesce(max(version_no), 0) + 1 from urgency_scheme where region_id = :regionId),
                    :validFrom, :validTo, :legalName, :legalDate, :basedOn, :actor, :actor)
            returning scheme_id""")
    long insert(int regionId, String name, LocalDate validFrom, LocalDate validTo, @Nullable String legalName,
                @Nullable LocalDate legalDate, @Nullable Long basedOn, String actor);

    default long insert(int regionId, Header h, @Nullable Long basedOn, String actor) {
        return insert(regionId, h.name(), h.validFrom(), h.validTo(), h.legalName(), h.legalDate(), basedOn, actor);
    }

    /** The header of a version in {@code status} at {@code lockVersion}; 0 rows when either moved on. */
    @Query("""
            update urgency_scheme set name = :name, valid_from = :validFrom, valid_to = :validTo, legal_name = :legalName,
                   legal_date = :legalDate, lock_version = lock_version + 1, updated_at = now(), updated_by = :actor
            where region_id = :regionId and scheme_id = :id and lock_version = :lockVersion and status = :status""")
    int updateHeader(int regionId, long id, int lockVersion, SchemeStatus status, String name, LocalDate validFrom,
                     LocalDate validTo, @Nullable String legalName, @Nullable LocalDate legalDate, String actor);

    default boolean updateHeader(SchemeRow s, Header h, int lockVersion, String actor) {
        return updateHeader(s.regionId(), s.id(), lockVersion, SchemeStatus.CONCEPT, h.name(), h.validFrom(), h.validTo(), h.legalName(),
                h.legalDate(), actor) == 1;
    }

    @Query("""
            update urgency_scheme set status = :to, adopted_at = now(), adopted_by = :actor, lock_version = lock_version + 1
            where region_id = :regionId and scheme_id = :id and lock_version = :lockVersion and status = :from""")
    int adopt(int regionId, long id, int lockVersion, SchemeStatus from, SchemeStatus to, String actor);

    @Query("delete from urgency_scheme where region_id = :regionId and scheme_id = :id and lock_version = :lockVersion "
            + "and status = :status")
    int delete(int regionId, long id, int lockVersion, SchemeStatus status);
}
