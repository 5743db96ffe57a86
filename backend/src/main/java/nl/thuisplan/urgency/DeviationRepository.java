package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Local deviations of a version's quotas. Runs inside the caller's tenant transaction. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DeviationRepository extends GenericRepository<DeviationRow, Long> {

    String COLUMNS = """
            select deviation_id, quota_id, municipality_code, share, per_year, reason, status,
                   proposed_by, proposed_at, decided_by, decided_at
            from urgency_deviation
            """;

    @Query(COLUMNS + "where region_id = :regionId and scheme_id = :schemeId order by deviation_id")
    List<DeviationRow> findByScheme(int regionId, long schemeId);

    default List<DeviationRow> deviations(SchemeRow s) {
        return findByScheme(s.regionId(), s.id());
    }

    @Query(COLUMNS + "where region_id = :regionId and scheme_id = :schemeId and deviation_id = :id")
    Optional<DeviationRow> find(int regionId, long schemeId, long id);

    @Query("select scheme_id from urgency_deviation where deviation_id = :deviationId")
    Optional<Long> schemeOf(long deviationId);

    /** A new proposal; its status is the column's default (PROPOSED). */
    @Query("""
            insert into urgency_deviation (region_id, scheme_id, quota_id, municipality_code, share, per_year, reason, proposed_by)
            values (:regionId, :schemeId, :quotaId, :municipality, :share, :perYear, :reason, :actor)
            returning deviation_id""")
    long insert(int regionId, long schemeId, long quotaId, String municipality, @Nullable BigDecimal share,
                @Nullable Integer perYear, String reason, String actor);

    /** The decision, guarded by the status it was taken on; 0 rows when someone decided first. */
    @Query("""
            update urgency_deviation set status = :to, decided_by = :actor, decided_at = now()
            where region_id = :regionId and scheme_id = :schemeId and deviation_id = :id and status = :from""")
    int decide(int regionId, long schemeId, long id, DeviationStatus from, DeviationStatus to, String actor);
}
