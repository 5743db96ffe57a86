package nl.thuisplan.demand;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import nl.thuisplan.common.Sql;
import nl.thuisplan.region.Memberships;

/**
 * The sums behind {@link DemandTotals}: over the latest adopted version of each municipality's analysis
 * and the region's own adopted analysis. Joins and sums rather than rows, so an aggregate read model on
 * {@link Sql}; {@link DemandTotals} opens the transaction and adds them up.
 */
@Singleton
class DemandTotalsReads {

    /** A municipality with an adopted analysis, its deelregio ("" for none) and its newest inhabitants figure. */
    record Member(String municipalityCode, String subregionCode, String subregionName, long inhabitants) {
    }

    /** The sum of one target group's figures for one measure; {@code municipalityCode} null = the region's own. */
    record Sum(@Nullable String municipalityCode, String targetGroup, Measure measure, long value) {
    }

    /** The latest adopted version of each municipality's analysis for the year. */
    private static final String ADOPTED = """
            with adopted as (
              select distinct on (a.municipality_code) a.region_id, a.analysis_id, a.municipality_code
              from demand_analysis a where a.region_id = ? and a.year = ? and a.status = ?
                and a.municipality_code is not null
              order by a.municipality_code, a.version_no desc)
            """;

    private final Sql sql;

    DemandTotalsReads(Sql sql) {
        this.sql = sql;
    }

    /** The municipalities with an adopted analysis that are members during the year, by deelregio name. */
    List<Member> adoptedMembers(int regionId, int year) {
        return sql.list(ADOPTED + """
                select am.municipality_code, coalesce(s.code, ''), coalesce(s.name, ''), coalesce(i.value, 0)
                from adopted am
                join region_membership rm on rm.region_id = am.region_id and rm.municipality_code = am.municipality_code
                     and""" + " " + Memberships.DURING_YEAR + """

                left join subregion s on s.region_id = rm.region_id and s.code = rm.subregion_code
                left join lateral (select mi.value from municipal_indicator mi where mi.municipality_code = am.municipality_code
                                   and mi.indicator = 'inhabitants' order by mi.reference_date desc limit 1) i on true
                order by s.name""", ps -> bind(ps, regionId, year, true),
                rs -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4).longValue()));
    }

    /** Per municipality, target group and measure: the sum over its latest adopted version. */
    List<Sum> adoptedSums(int regionId, int year) {
        return sql.list(ADOPTED + """
                select a.municipality_code, f.target_group_code, f.measure, coalesce(sum(f.value), 0)
                from demand_figure f join adopted a on a.region_id = f.region_id and a.analysis_id = f.analysis_id
                group by 1, 2, 3""", ps -> bind(ps, regionId, year, false),
                rs -> new Sum(rs.getString(1), rs.getString(2), Measure.valueOf(rs.getString(3)), rs.getLong(4)));
    }

    /** Per target group and measure: the sum over the region's own latest adopted analysis. */
    List<Sum> regionalSums(int regionId, int year) {
        return sql.list("""
                select f.target_group_code, f.measure, coalesce(sum(f.value), 0) from demand_figure f
                where f.region_id = ? and f.analysis_id = (select a.analysis_id from demand_analysis a where a.region_id = ?
                      and a.year = ? and a.municipality_code is null and a.status = ? order by a.version_no desc limit 1)
                group by 1, 2""", ps -> {
                    ps.setInt(1, regionId);
                    ps.setInt(2, regionId);
                    ps.setInt(3, year);
                    ps.setString(4, DemandStatus.ADOPTED.name());
                }, rs -> new Sum(null, rs.getString(1), Measure.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    /** How many municipalities are members during the year. */
    int memberCount(int regionId, int year) {
        return sql.one("select count(*) from region_membership rm where rm.region_id = ? and "
                + Memberships.DURING_YEAR, ps -> {
                    ps.setInt(1, regionId);
                    ps.setInt(2, year);
                    ps.setInt(3, year);
                }, rs -> rs.getInt(1)).orElse(0);
    }

    /** Per deelregio code ("" for the members in none), its name and how many municipalities are members during the year. */
    record SubregionCount(String subregionCode, String subregionName, int members) {
    }

    List<SubregionCount> memberCounts(int regionId, int year) {
        return sql.list("select coalesce(s.code, ''), coalesce(s.name, ''), count(*) from region_membership rm "
                + "left join subregion s on s.region_id = rm.region_id and s.code = rm.subregion_code "
                + "where rm.region_id = ? and " + Memberships.DURING_YEAR + " group by 1, 2 order by 2", ps -> {
                    ps.setInt(1, regionId);
                    ps.setInt(2, year);
                    ps.setInt(3, year);
                }, rs -> new SubregionCount(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    private static void bind(PreparedStatement ps, int regionId, int year, boolean withPeriod) throws SQLException {
        ps.setInt(1, regionId);
        ps.setInt(2, year);
        ps.setString(3, DemandStatus.ADOPTED.name());
        if (withPeriod) {
            ps.setInt(4, year);
            ps.setInt(5, year);
        }
    }
}
