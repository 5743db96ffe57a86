package nl.thuisplan.dashboard;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.thuisplan.allocation.ModelStatus;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.urgency.DeviationStatus;
import nl.thuisplan.urgency.SchemeStatus;
import nl.thuisplan.common.Sql;
import nl.thuisplan.region.Memberships;

/**
 * The aggregates behind the dashboards, straight from the source tables, one query per figure.
 * Runs in a read-only transaction over every region; nothing leaves the dashboard package before it
 * is aggregated and suppressed.
 */
@Singleton
class DashboardRepository {

    record Member(int regionId, String regionCode, String regionName, String code, String name, String province) {
    }

    /** Demand sums per (region, municipality or null for the region's own figures, year). */
    record Demand(int regionId, @Nullable String municipality, int year, long stock, long inflow, long moves) {
    }

    record Allocation(int regionId, String municipality, long target, long realised) {
    }

    private final Sql sql;

    DashboardRepository(Sql sql) {
        this.sql = sql;
    }

    List<Member> members() {
        return sql.list("select r.region_id, r.code, r.name, m.code, m.name, m.province_code from region_membership rm "
                        + "join region r on r.region_id = rm.region_id join municipality m on m.code = rm.municipality_code "
                        + "where " + Memberships.CURRENT + " order by r.code, m.name",
                Sql.NO_PARAMETERS, rs -> new Member(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
    }

    boolean targetGroupExists(String code) {
        return sql.one("select 1 from target_group where code = ?", ps -> ps.setString(1, code), rs -> 1).isPresent();
    }

    /** The national target groups, in their order, for the filters. */
    List<DashboardViews.Named> targetGroups() {
        return sql.list("select code, name from target_group order by sort_order", Sql.NO_PARAMETERS,
                rs -> new DashboardViews.Named(rs.getString(1), rs.getString(2)));
    }

    /** The provinces with a municipality that is a current member of a region, by name. */
    List<DashboardViews.Named> provinces() {
        return sql.list("select distinct p.code, p.name from province p join municipality m on m.province_code = p.code "
                + "join region_membership rm on rm.municipality_code = m.code where " + Memberships.CURRENT + " order by p.name",
                Sql.NO_PARAMETERS, rs -> new DashboardViews.Named(rs.getString(1), rs.getString(2)));
    }

    /** Years with an adopted demand analysis, newest first. */
    List<Integer> years() {
        return sql.list("select distinct year from demand_analysis where status = ? order by year desc",
                ps -> ps.setString(1, DemandStatus.ADOPTED.name()), rs -> rs.getInt(1));
    }

    /**
     * Inhabitants per municipality: the newest figure on or before {@code date}, or else the oldest one
     * after it (a region whose figures start later still gets a rate, not a blank).
     */
    Map<String, Long> inhabitants(LocalDate date) {
        Map<String, Long> out = new HashMap<>();
        sql.list("select distinct on (municipality_code) municipality_code, value from municipal_indicator "
                        + "where indicator = 'inhabitants' order by municipality_code, (reference_date <= ?) desc, "
                        + "case when reference_date <= ? then reference_date end desc, reference_date",
                ps -> {
                    ps.setDate(1, Date.valueOf(date));
                    ps.setDate(2, Date.valueOf(date));
                }, rs -> out.put(rs.getString(1), rs.getBigDecimal(2).longValue()));
        return out;
    }

    /**
     * Sums of the adopted analyses of [from, to] (per municipality and year the newest adopted version,
     * kept by the database in demand_total at each adoption), for one target group or "*" for all.
     */
    List<Demand> demand(int from, int to, String group) {
        return sql.list("select region_id, municipality_code, year, stock, inflow, moves from demand_total "
                        + "where year between ? and ? and target_group_code = ?",
                ps -> {
                    ps.setInt(1, from);
                    ps.setInt(2, to);
                    ps.setString(3, group);
                },
                rs -> new Demand(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)));
    }

    /** Targets and realisation of the adopted models of a year (both halves), for models holding the group (null: all). */
    List<Allocation> allocation(int year, @Nullable String group) {
        return sql.list("select t.region_id, t.municipality_code, sum(t.target), coalesce(sum(r.realised), 0) "
                        + "from allocation_model m join allocation_target t on t.region_id = m.region_id and t.model_id = m.model_id "
                        + "left join allocation_realisation r on r.region_id = t.region_id and r.model_id = t.model_id "
                        + "and r.municipality_code = t.municipality_code "
                        + "where m.status = ? and m.period_year = ? and (cast(? as text) is null or ? = any(m.target_groups)) "
                        + "group by 1, 2",
                ps -> {
                    ps.setString(1, ModelStatus.ADOPTED.name());
                    ps.setInt(2, year);
                    ps.setString(3, group);
                    ps.setString(4, group);
                },
                rs -> new Allocation(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /**
     * Per region id, a fingerprint of every input of the region's urgency figures for {@code year}
     * ({@link nl.thuisplan.urgency.UrgencyFigures#inForce}): its adopted scheme versions (their
     * categories and quotas are frozen with them), accepted local deviations, current members, the
     * newest adopted analysis per municipality of the year (kept in demand_total by the V7 trigger) and
     * the lettings figures. Performance (issue 7 benchmark): the urgency check costs about 6 ms per
     * region, so 150 ms a request at national scale; {@link DashboardService} keeps it per region
     * and year and recomputes it only when this fingerprint changes. One query for all regions, ~1 ms.
     */
    Map<Integer, String> urgencyInputs(int year) {
        Map<Integer, String> out = new HashMap<>();
        sql.list("select r.region_id, md5(concat_ws('|', "
                        + "(select string_agg(s.scheme_id || ':' || s.valid_from || ':' || s.valid_to, ',' order by s.scheme_id) "
                        + "from urgency_scheme s where s.region_id = r.region_id and s.status = ?), "
                        + "(select string_agg(d.deviation_id || ':' || d.scheme_id || ':' || d.quota_id || ':' || d.municipality_code || ':' "
                        + "|| coalesce(d.share::text, '-') || ':' || coalesce(d.per_year::text, '-'), ',' order by d.deviation_id) "
                        + "from urgency_deviation d where d.region_id = r.region_id and d.status = ?), "
                        + "(select string_agg(rm.municipality_code, ',' order by rm.municipality_code) from region_membership rm "
                        + "where rm.region_id = r.region_id and " + Memberships.CURRENT + "), "
                        + "(select string_agg(coalesce(t.municipality_code, '-') || ':' || t.analysis_id, ',' order by t.municipality_code) "
                        + "from demand_total t where t.region_id = r.region_id and t.year = ? and t.target_group_code = '*'), "
                        + "(select count(*) || ':' || coalesce(max(i.loaded_at)::text, '-') || ':' || coalesce(sum(i.value)::text, '-') "
                        + "from municipal_indicator i where i.indicator = 'lettings'))) from region r",
                ps -> {
                    ps.setString(1, SchemeStatus.ADOPTED.name());
                    ps.setString(2, DeviationStatus.ACCEPTED.name());
                    ps.setInt(3, year);
                }, rs -> out.put(rs.getInt(1), rs.getString(2)));
        return out;
    }

    /**
     * Per year, (region id + "|" + municipality) of every municipality with an adopted analysis of that
     * year: the "known" of every completeness, and what the default year is chosen by.
     */
    Map<Integer, Set<String>> adoptedByYear() {
        Map<Integer, Set<String>> out = new HashMap<>();
        sql.list("select distinct year, region_id, municipality_code from demand_analysis where status = ? "
                + "and municipality_code is not null", ps -> ps.setString(1, DemandStatus.ADOPTED.name()),
                rs -> out.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getInt(2) + "|" + rs.getString(3)));
        return out;
    }

    /** Per (region id + "|" + municipality) the status of its woonzorgvisie whose period covers the year (the newest). */
    Map<String, String> woonzorgvisies(int year) {
        Map<String, String> out = new HashMap<>();
        sql.list("select distinct on (region_id, municipality_code) region_id, municipality_code, status from wzv_document "
                        + "where municipality_code is not null and from_year <= ? and to_year >= ? "
                        + "order by region_id, municipality_code, from_year desc",
                ps -> {
                    ps.setInt(1, year);
                    ps.setInt(2, year);
                },
                rs -> out.put(rs.getInt(1) + "|" + rs.getString(2), rs.getString(3)));
        return out;
    }
}
