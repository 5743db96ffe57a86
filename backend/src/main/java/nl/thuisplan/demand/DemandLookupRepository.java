package nl.thuisplan.demand;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.region.Memberships;

/**
 * The single-row look-ups the demand screens need beside the analysis itself: the housing forms,
 * a municipality's current region and inhabitants, a region's deadline (read and set). Runs in the caller's tenant
 * transaction (row-level security applies).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DemandLookupRepository extends GenericRepository<DemandLookupRepository.HousingForm, String> {

    /** A row of the national catalogue of housing forms. */
    @MappedEntity("housing_form")
    record HousingForm(@Id String code, String name) {
    }

    @Query("select code, name from housing_form order by sort_order")
    List<HousingForm> housingForms();

    /** The municipality's current region (the lowest id should it ever be in two). */
    @Query("select rm.region_id from region_membership rm where rm.municipality_code = :municipality and "
            + Memberships.CURRENT + " order by rm.region_id limit 1")
    Optional<Integer> currentRegion(String municipality);

    /** The newest inhabitants figure of a municipality (national reference data), whole inhabitants. */
    @Query("select trunc(value)::bigint from municipal_indicator where municipality_code = :municipality "
            + "and indicator = 'inhabitants' order by reference_date desc limit 1")
    Optional<Long> inhabitants(String municipality);

    /** A region's deadline for a year with its lock version. */
    @Introspected
    @io.micronaut.serde.annotation.Serdeable // the current deadline of a 409 VERSION_CONFLICT
    record Deadline(LocalDate deadline, int version) {
    }

    @Query("select deadline from demand_deadline where region_id = :regionId and year = :year")
    Optional<LocalDate> deadline(int regionId, int year);

    @Query("select deadline, version from demand_deadline where region_id = :regionId and year = :year")
    Optional<Deadline> deadlineWithVersion(int regionId, int year);

    /** The first deadline of the year; 0 rows when someone set one meanwhile (the caller's view is stale). */
    @Query("insert into demand_deadline (region_id, year, deadline) values (:regionId, :year, :deadline) "
            + "on conflict (region_id, year) do nothing")
    int insertDeadline(int regionId, int year, LocalDate deadline);

    /** A changed deadline, only if nobody changed it since {@code version}: 0 rows otherwise. */
    @Query("update demand_deadline set deadline = :deadline, version = version + 1 "
            + "where region_id = :regionId and year = :year and version = :version")
    int updateDeadline(int regionId, int year, LocalDate deadline, int version);
}
