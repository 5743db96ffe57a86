package nl.thuisplan.people;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Organisations and the regions partners work in; row-level security shows those in the caller's scope. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    @Query("select * from organisation where kind = 'PLATFORM'")
    Optional<Organisation> platform();

    @Query("select * from organisation where kind = 'GEMEENTE' and municipality_code = :code")
    Optional<Organisation> ofMunicipality(String code);

    @Query("select * from organisation o where o.kind = 'REGIO' and o.region_id = (select region_id from region where code = :code)")
    Optional<Organisation> ofRegion(String code);

    @Query("select * from organisation where kind = 'PROVINCIE' and province_code = :code")
    Optional<Organisation> ofProvince(String code);

    @Query("select * from organisation where kvk_number = :kvkNumber")
    Optional<Organisation> byKvkNumber(String kvkNumber);

    @Query("select region_id from organisation_region where organisation_id = :organisationId order by region_id")
    List<Integer> regionsOf(Long organisationId);

    @Query("insert into organisation_region (region_id, organisation_id, organisation_kind) "
            + "select :regionId, organisation_id, kind from organisation where organisation_id = :organisationId "
            + "on conflict do nothing")
    void addRegion(Long organisationId, int regionId);

    @Query("select region_id from region where code = :code")
    Optional<Integer> regionId(String code);
}
