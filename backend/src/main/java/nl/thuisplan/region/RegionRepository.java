package nl.thuisplan.region;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.region.RegionViews.IndicatorValue;
import nl.thuisplan.region.RegionViews.Ref;

/**
 * Regions, their deelregio's, memberships and municipalities. Every query runs inside a tenant
 * transaction, so row-level security has already removed what the caller may not see; callers
 * filter by scope again. Columns are aliased to the snake_case form of the record components.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RegionRepository extends GenericRepository<Region, Integer> {

    @Introspected
    record RegionRow(int regionId, String code, String name, int currentMembers) {
    }

    @Introspected
    record RegionProvince(int regionId, String code, String name) {
    }

    /** A membership with its region, municipality, province, deelregio and the municipality's newest inhabitants figure. */
    @Introspected
    record MemberRow(int regionId, String regionCode, String regionName, String code, String name, String provinceCode,
                     String provinceName, @Nullable String subregionCode, @Nullable String subregionName, LocalDate validFrom,
                     @Nullable LocalDate validTo, boolean confirmed, @Nullable String note, @Nullable BigDecimal inhabitants,
                     @Nullable LocalDate inhabitantsDate, @Nullable String inhabitantsSource, @Nullable String inhabitantsStatus) {

        Ref province() {
            return new Ref(provinceCode, provinceName);
        }

        @Nullable Ref subregion() {
            return subregionCode == null ? null : new Ref(subregionCode, subregionName);
        }

        @Nullable IndicatorValue inhabitantsValue() {
            return indicator(inhabitants, inhabitantsDate, inhabitantsSource, inhabitantsStatus);
        }
    }

    @Introspected
    record MunicipalityRow(String code, String name, String provinceCode, String provinceName, @Nullable String note,
                           @Nullable BigDecimal inhabitants, @Nullable LocalDate inhabitantsDate, @Nullable String inhabitantsSource,
                           @Nullable String inhabitantsStatus) {

        Ref province() {
            return new Ref(provinceCode, provinceName);
        }

        @Nullable IndicatorValue inhabitantsValue() {
            return indicator(inhabitants, inhabitantsDate, inhabitantsSource, inhabitantsStatus);
        }
    }

    /** The newest inhabitants figure per municipality {@code m}. */
    String INHABITANTS = """
            left join lateral (select mi.value, mi.reference_date, mi.source, mi.status from municipal_indicator mi
                               where mi.municipality_code = m.code and mi.indicator = 'inhabitants'
                               order by mi.reference_date desc limit 1) i on true
            """;

    String INHABITANTS_COLUMNS = "i.value as inhabitants, i.reference_date as inhabitants_date, i.source as inhabitants_source, "
            + "i.status as inhabitants_status";

    @Query("select r.region_id, r.code, r.name, (select count(*) from region_membership rm where rm.region_id = r.region_id and "
            + Memberships.CURRENT + ") as current_members from region r order by r.code")
    List<RegionRow> regions();

    @Query("select region_id, code, name, 0 as current_members from region where code = :code")
    Optional<RegionRow> region(String code);

    @Query("select region_id as id, code, name from region where code = :code")
    Optional<Regions.RegionRef> refByCode(String code);

    @Query("select region_id as id, code, name from region where region_id = :regionId")
    Optional<Regions.RegionRef> refById(int regionId);

    /** The provinces of each region's current members. */
    @Query("select distinct rm.region_id, p.code, p.name from region_membership rm join municipality m on m.code = rm.municipality_code "
            + "join province p on p.code = m.province_code where " + Memberships.CURRENT + " order by p.code")
    List<RegionProvince> regionProvinces();

    @Query("select code, name from subregion where region_id = :regionId order by name")
    List<Ref> subregions(int regionId);

    /** Memberships, current and former; of one region (or all visible ones when null), of one municipality (or all when null). */
    @Query("""
            select rm.region_id, r.code as region_code, r.name as region_name, m.code, m.name,
                   p.code as province_code, p.name as province_name, s.code as subregion_code, s.name as subregion_name,
                   rm.valid_from, rm.valid_to, rm.confirmed, rm.note,
            """ + INHABITANTS_COLUMNS + """

            from region_membership rm
            join region r on r.region_id = rm.region_id
            join municipality m on m.code = rm.municipality_code
            join province p on p.code = m.province_code
            left join subregion s on s.region_id = rm.region_id and s.code = rm.subregion_code
            """ + INHABITANTS + """
            where (cast(:regionId as integer) is null or rm.region_id = :regionId)
              and (cast(:municipalityCode as text) is null or rm.municipality_code = :municipalityCode)
            order by rm.valid_to is not null, m.name, rm.valid_from""")
    List<MemberRow> members(@Nullable Integer regionId, @Nullable String municipalityCode);

    /** Municipalities with at least one membership the caller can see; one (by code) or all when null. */
    @Query("select m.code, m.name, p.code as province_code, p.name as province_name, m.note, " + INHABITANTS_COLUMNS
            + " from municipality m join province p on p.code = m.province_code " + INHABITANTS
            + " where exists (select 1 from region_membership rm where rm.municipality_code = m.code)"
            + " and (cast(:code as text) is null or m.code = :code) order by m.name")
    List<MunicipalityRow> municipalities(@Nullable String code);

    /** A region's current members, by name. */
    @Query("select m.code, m.name from region_membership rm join municipality m on m.code = rm.municipality_code "
            + "where rm.region_id = :regionId and " + Memberships.CURRENT + " order by m.name, m.code")
    List<Members.Member> currentMembers(int regionId);

    private static @Nullable IndicatorValue indicator(@Nullable BigDecimal value, LocalDate date, String source, String status) {
        if (value == null) {
            return null;
        }
        // Counts are stored as numeric(14,2); show 931298, not 931298.00.
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0, RoundingMode.UNNECESSARY);
        }
        return new IndicatorValue(plain, date, source, status);
    }
}
