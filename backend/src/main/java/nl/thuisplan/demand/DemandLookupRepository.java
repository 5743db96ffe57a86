package nl.thuisplan.demand;

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

    @Query("select deadline from demand_deadline where region_id = :regionId and year = :year")
    Optional<LocalDate> deadline(int regionId, int year);

    @Query("insert into demand_deadline (region_id, year, deadline) values (:regionId, :year, :deadline) "
            + "on conflict (region_id, year) do update set deadline = excluded.deadline, version = demand_deadline.version + 1")
    void setDeadline(int regionId, int year, LocalDate deadline);
}
