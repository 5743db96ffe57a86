package nl.thuisplan.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.auth.Caller.Named;
import nl.thuisplan.region.Memberships;

/** What a user's scope is made of: its region, municipality or province and their current memberships. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScopeRepository extends GenericRepository<UserAccount, Long> {

    @Query("select code, name from region where region_id = :regionId")
    Optional<Named> region(int regionId);

    @Query("select region_id from region where code = :code")
    Optional<Integer> regionId(String code);

    @Query("select code, name from municipality where code = :code")
    Optional<Named> municipality(String code);

    @Query("select code, name from province where code = :code")
    Optional<Named> province(String code);

    /** The regions a municipality is a member of today, by code. */
    @Query("select r.region_id from region_membership rm join region r using (region_id) where rm.municipality_code = :municipality and "
            + Memberships.CURRENT + " order by r.code")
    List<Integer> regionIdsOfMunicipality(String municipality);

    @Query("select r.code, r.name from region_membership rm join region r using (region_id) where rm.municipality_code = :municipality and "
            + Memberships.CURRENT + " order by r.code")
    List<Named> regionsOfMunicipality(String municipality);

    /** The regions with a current member in the province. */
    @Query("select distinct rm.region_id from region_membership rm join municipality m on m.code = rm.municipality_code "
            + "where m.province_code = :province and " + Memberships.CURRENT)
    List<Integer> regionIdsOfProvince(String province);

    @Query("select code from municipality where province_code = :province")
    List<String> municipalitiesOfProvince(String province);
}
