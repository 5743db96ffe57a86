package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.region.Memberships;

/**
 * Organisations as the beheerder lists and changes them. Runs inside the caller's tenant
 * transaction: row-level security shows a regio beheerder only the organisations of its region
 * (its gemeenten today, its REGIO organisation, partners working there) and only its region's
 * rows of {@code organisation_region}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrganisationAdminRepository extends GenericRepository<Organisation, Long> {

    @Introspected
    record Row(long organisationId, String kind, String name, @Nullable String kvkNumber, @Nullable String municipalityCode,
               @Nullable String municipalityName, @Nullable String regionCode, @Nullable String regionName,
               @Nullable String provinceCode, @Nullable String provinceName, int version,
               boolean secondFactorRequired, boolean localLoginAllowed) {
    }

    @Introspected
    record RegionOf(long organisationId, String code, String name) {
    }

    /** The filters: kind, working in region (a partner's region, a regio's own, a gemeente's current membership), name or KvK. */
    String WHERE = """
             where (cast(:kind as text) is null or o.kind = :kind)
               and (cast(:regionId as integer) is null or o.region_id = :regionId
                    or exists (select 1 from organisation_region x where x.organisation_id = o.organisation_id and x.region_id = :regionId)
                    or (o.kind = 'GEMEENTE' and exists (select 1 from region_membership rm where rm.region_id = :regionId
                        and rm.municipality_code = o.municipality_code and """ + " " + Memberships.CURRENT + """
            )))
               and (cast(:pattern as text) is null or o.name ilike :pattern escape '!' or o.kvk_number = :q)
            """;

    String SELECT = """
            select o.organisation_id, o.kind, o.name, o.kvk_number, o.municipality_code, m.name as municipality_name,
                   r.code as region_code, r.name as region_name, o.province_code, p.name as province_name, o.version,
                   o.second_factor_required, o.local_login_allowed
            from organisation o
            left join municipality m on m.code = o.municipality_code
            left join region r on r.region_id = o.region_id
            left join province p on p.code = o.province_code
            """;

    @Query(SELECT + WHERE + " order by o.kind, o.name, o.organisation_id limit :limit offset :offset")
    List<Row> list(@Nullable String kind, @Nullable Integer regionId, @Nullable String pattern, @Nullable String q, int limit, int offset);

    @Query("select count(*) from organisation o " + WHERE)
    long count(@Nullable String kind, @Nullable Integer regionId, @Nullable String pattern, @Nullable String q);

    @Query(SELECT + " where o.organisation_id = :id")
    Optional<Row> row(long id);

    /** The regions the partners work in, as far as the caller sees them. */
    @Query("select x.organisation_id, r.code, r.name from organisation_region x join region r on r.region_id = x.region_id "
            + "where cast(x.organisation_id as text) = any(:ids) order by r.name")
    List<RegionOf> regionsOf(String[] ids);

    @Query("select region_id from region where code = :code")
    Optional<Integer> regionId(String code);

    @Query("select organisation_id from organisation where kvk_number = :kvkNumber")
    Optional<Long> byKvkNumber(String kvkNumber);

    @Query("update organisation set name = :name, kvk_number = :kvkNumber, version = version + 1 "
            + "where organisation_id = :id and version = :version")
    long update(long id, String name, String kvkNumber, int version);

    /** The login policy; the version as read (optimistic locking), zero rows when someone changed it meanwhile. */
    @Query("update organisation set second_factor_required = :secondFactorRequired, local_login_allowed = :localLoginAllowed, "
            + "version = version + 1 where organisation_id = :id and version = :version")
    long updateLoginPolicy(long id, boolean secondFactorRequired, boolean localLoginAllowed, int version);

    /** Whether the organisation is this region's regio or one of its gemeenten today (read with the whole scope). */
    @Query("select count(*) > 0 from organisation o where o.organisation_id = :id and (o.region_id = :regionId "
            + "or (o.kind = 'GEMEENTE' and exists (select 1 from region_membership rm where rm.region_id = :regionId "
            + "and rm.municipality_code = o.municipality_code and " + Memberships.CURRENT + ")))")
    boolean publicBodyOfRegion(long id, int regionId);

    /** How many regions other than this one a partner works in (read with the whole scope: the caller sees only its own). */
    @Query("select count(*) from organisation_region where organisation_id = :id and region_id <> :regionId")
    long otherRegions(long id, int regionId);

    @Query("delete from organisation_region where organisation_id = :id and region_id = :regionId")
    void removeRegion(long id, int regionId);

    /** Memberships of the organisation in the region that have not ended: the region cannot be taken away under them. */
    @Query("select count(*) from membership where organisation_id = :id and region_id = :regionId "
            + "and (valid_to is null or valid_to >= current_date)")
    long openMemberships(long id, int regionId);
}
