package nl.thuisplan.region;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Sql;
import nl.thuisplan.region.RegionViews.IndicatorValue;
import nl.thuisplan.region.RegionViews.Ref;

/**
 * The SQL behind the region screens. Every query runs inside a tenant transaction, so row-level
 * security has already removed what the caller may not see; callers filter by scope again.
 */
@Singleton
class RegionQueries {

    private static final String CURRENT = Memberships.CURRENT;

    /** The newest inhabitants figure per municipality. */
    private static final String INHABITANTS = """
            left join lateral (select mi.value, mi.reference_date, mi.source, mi.status from municipal_indicator mi
                               where mi.municipality_code = m.code and mi.indicator = 'inhabitants'
                               order by mi.reference_date desc limit 1) i on true""";

    private final Sql sql;

    RegionQueries(Sql sql) {
        this.sql = sql;
    }

    record RegionRow(int regionId, String code, String name, int currentMembers) {
    }

    record MemberRow(int regionId, String regionCode, String regionName, String code, String name, Ref province,
                     Ref subregion, LocalDate validFrom, LocalDate validTo, boolean confirmed, String note,
                     IndicatorValue inhabitants) {
    }

    record MunicipalityRow(String code, String name, Ref province, String note, IndicatorValue inhabitants) {
    }

    List<RegionRow> regions() {
        return sql.list("select r.region_id, r.code, r.name, (select count(*) from region_membership rm "
                        + "where rm.region_id = r.region_id and " + CURRENT + ") from region r order by r.code",
                Sql.NO_PARAMETERS, rs -> new RegionRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    Optional<RegionRow> region(String code) {
        return sql.one("select r.region_id, r.code, r.name, 0 from region r where r.code = ?",
                ps -> ps.setString(1, code),
                rs -> new RegionRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }

    /** Provinces of each region's current members, as (region id, province). */
    List<Object[]> regionProvinces() {
        return sql.list("select distinct rm.region_id, p.code, p.name from region_membership rm "
                        + "join municipality m on m.code = rm.municipality_code join province p on p.code = m.province_code "
                        + "where " + CURRENT + " order by p.code",
                Sql.NO_PARAMETERS, rs -> new Object[] {rs.getInt(1), new Ref(rs.getString(2), rs.getString(3))});
    }

    List<Ref> subregions(int regionId) {
        return sql.list("select code, name from subregion where region_id = ? order by name",
                ps -> ps.setInt(1, regionId), rs -> new Ref(rs.getString(1), rs.getString(2)));
    }

    /** Memberships, current and former; of one region, or of all visible regions when null. */
    List<MemberRow> members(Integer regionId, String municipalityCode) {
        String query = """
                select rm.region_id, r.code, r.name, m.code, m.name, p.code, p.name, s.code, s.name,
                       rm.valid_from, rm.valid_to, rm.confirmed, rm.note,
                       i.value, i.reference_date, i.source, i.status
                from region_membership rm
                join region r on r.region_id = rm.region_id
                join municipality m on m.code = rm.municipality_code
                join province p on p.code = m.province_code
                left join subregion s on s.region_id = rm.region_id and s.code = rm.subregion_code
                """ + INHABITANTS + """

                where (cast(? as integer) is null or rm.region_id = ?)
                  and (cast(? as text) is null or rm.municipality_code = ?)
                order by rm.valid_to is not null, m.name, rm.valid_from""";
        return sql.list(query, ps -> {
            ps.setObject(1, regionId, java.sql.Types.INTEGER);
            ps.setObject(2, regionId, java.sql.Types.INTEGER);
            ps.setString(3, municipalityCode);
            ps.setString(4, municipalityCode);
        }, rs -> new MemberRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                new Ref(rs.getString(6), rs.getString(7)),
                rs.getString(8) == null ? null : new Ref(rs.getString(8), rs.getString(9)),
                rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), rs.getBoolean(12), rs.getString(13),
                indicator(rs, 14)));
    }

    /** Municipalities that have at least one membership the caller can see. */
    List<MunicipalityRow> municipalities(String code) {
        String query = "select m.code, m.name, p.code, p.name, m.note, i.value, i.reference_date, i.source, i.status "
                + "from municipality m join province p on p.code = m.province_code " + INHABITANTS
                + " where exists (select 1 from region_membership rm where rm.municipality_code = m.code)"
                + " and (cast(? as text) is null or m.code = ?) order by m.name";
        return sql.list(query, ps -> {
            ps.setString(1, code);
            ps.setString(2, code);
        }, rs -> new MunicipalityRow(rs.getString(1), rs.getString(2), new Ref(rs.getString(3), rs.getString(4)),
                rs.getString(5), indicator(rs, 6)));
    }

    private static IndicatorValue indicator(ResultSet rs, int first) throws SQLException {
        BigDecimal value = rs.getBigDecimal(first);
        if (value == null) {
            return null;
        }
        // Counts are stored as numeric(14,2); show 931298, not 931298.00.
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return new IndicatorValue(plain, rs.getObject(first + 1, LocalDate.class), rs.getString(first + 2),
                rs.getString(first + 3));
    }
}
