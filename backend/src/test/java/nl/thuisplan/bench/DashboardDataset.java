package nl.thuisplan.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A synthetic national-scale dataset for the dashboard benchmark (issue 7), written into the
 * running application's database with set-based and batched inserts:
 * <ul>
 *   <li>the 259 municipalities outside the six koploper regions, each with the province that holds
 *   the centroid of its polygon ({@code bench/provincie_2024.geojson}; the nearest province centroid
 *   where the simplified coastline leaves it outside all) and synthetic inhabitants per year;</li>
 *   <li>about 20 synthetic regions ("Benchmarkregio 01", codes BA, BB, ...) that, with the six real
 *   regions, hold every municipality as a current member, grouped by province; every region has the
 *   17 national target groups plus 3 own groups ({@code eigen_1..3});</li>
 *   <li>for every municipality 10 years of demand analyses, version 1 and version 2 both adopted
 *   (inserted as concepts with figures, then adopted so the V7 trigger fills demand_total), 20 groups
 *   × 1–2 housing forms × STOCK/INFLOW/MOVES with small (1–4) and large numbers, and a regional
 *   analysis per region per year; in the newest year about one in ten municipalities has none adopted;</li>
 *   <li>per region per year an adopted allocation model (with its adopted scenario) with targets per
 *   member and realisation for most of them;</li>
 *   <li>per region an adopted urgency scheme over the ten years with three categories and two share
 *   quotas, and lettings per municipality per year;</li>
 *   <li>woonzorgvisies of three periods per municipality in every status (or none).</li>
 * </ul>
 * The figures are synthetic (hash-based, reproducible); only the scale is real.
 */
final class DashboardDataset {

    static final int YEARS = 10;
    static final String BY = "bench";

    /** What was generated, for the report. */
    record Summary(int firstYear, int lastYear, int syntheticRegions, int regions, int municipalities, Map<String, Long> rows,
                   double seconds) {
    }

    private record Place(String code, String name, double lon, double lat) {
    }

    private record Province(String code, String name, List<double[][]> rings, double lon, double lat) {
    }

    private static final List<String> NATIONAL_GROUPS = List.of("dakloos", "uitstroom_mo", "uitstroom_bw", "uitstroom_ggz",
            "uitstroom_jeugd", "uitstroom_vo", "mensenhandel", "uitstroom_detentie", "vergunninghouders", "medische_urgentie",
            "sociale_urgentie", "mantelzorg", "arbeidsmigranten", "studenten", "woonwagenbewoners", "ouderen_zorg", "beperking");
    private static final List<String> OWN_GROUPS = List.of("eigen_1", "eigen_2", "eigen_3");
    private static final List<String> FORMS = List.of("zelfstandig", "zelfstandig_begeleid", "geclusterd", "onzelfstandig_bw",
            "opvang_doorstroom", "tijdelijk_flex");
    private static final String ALLOCATION_GROUPS = "{dakloos,uitstroom_bw,uitstroom_ggz,uitstroom_jeugd,uitstroom_mo,uitstroom_vo}";

    private DashboardDataset() {
    }

    static Summary generate(DataSource owner) throws Exception {
        long start = System.nanoTime();
        int lastYear = LocalDate.now().getYear() - 1;
        int firstYear = lastYear - YEARS + 1;
        List<Place> places = municipalities();
        List<Province> provinces = provinces();
        Map<String, Long> rows = new LinkedHashMap<>();
        int synthetic;
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            if (exists(c, "select 1 from region where code = 'BA'")) {
                throw new IllegalStateException("the dashboard dataset is already there (region BA)");
            }
            Set<String> known = codes(c, "select code from municipality");
            synthetic = municipalitiesAndRegions(c, places, provinces, known, firstYear);
            c.commit();
            scope(c);
            indicators(c, firstYear, lastYear);
            targetGroups(c);
            c.commit();
            scope(c);
            demand(c, firstYear, lastYear);
            c.commit();
            scope(c);
            allocation(c, firstYear, lastYear);
            urgency(c, firstYear, lastYear);
            woonzorgvisies(c, firstYear, lastYear);
            c.commit();
            // a database in use has been vacuumed: no dead index entries of the replaced version-1 totals,
            // visibility maps set, statistics current
            c.setAutoCommit(true);
            exec(c, "vacuum analyze");
            c.setAutoCommit(false);
            scope(c);
            for (String table : List.of("region", "municipality", "region_membership", "region_target_group", "municipal_indicator",
                    "demand_analysis", "demand_figure", "demand_total", "allocation_model", "allocation_target",
                    "allocation_realisation", "urgency_scheme", "urgency_quota", "wzv_document")) {
                rows.put(table, count(c, "select count(*) from " + table));
            }
            c.commit();
        }
        return new Summary(firstYear, lastYear, synthetic, rows.get("region").intValue(), rows.get("municipality").intValue(), rows,
                (System.nanoTime() - start) / 1e9);
    }

    // ---------------------------------------------------------------- municipalities, regions

    private static int municipalitiesAndRegions(Connection c, List<Place> places, List<Province> provinces, Set<String> known,
                                                int firstYear) throws SQLException {
        Map<String, Long> inhabitants = new TreeMap<>();
        try (PreparedStatement m = c.prepareStatement("insert into municipality (code, name, province_code, note) values (?, ?, ?, ?)")) {
            for (Place p : places) {
                if (known.contains(p.code())) {
                    continue;
                }
                m.setString(1, p.code());
                m.setString(2, p.name());
                m.setString(3, province(p, provinces).code());
                m.setString(4, "Benchmark: synthetische gemeente buiten de koploperregio's");
                m.addBatch();
                long h = hash(p.code());
                long base = 8_000 + h % 45_000;
                inhabitants.put(p.code(), h % 9 == 0 ? base * 4 : base);
            }
            m.executeBatch();
        }
        try (PreparedStatement i = c.prepareStatement("insert into municipal_indicator (municipality_code, indicator, reference_date, "
                + "value, source, status, loaded_by) values (?, 'inhabitants', ?, ?, 'synthetisch (benchmark)', 'APPROXIMATE', 'bench') "
                + "on conflict do nothing")) {
            for (Map.Entry<String, Long> e : inhabitants.entrySet()) {
                i.setString(1, e.getKey());
                i.setDate(2, java.sql.Date.valueOf(LocalDate.of(firstYear, 1, 1)));
                i.setLong(3, e.getValue());
                i.addBatch();
            }
            i.executeBatch();
        }
        // every municipality that is not a member of a region today (the 259, and one that left its region)
        Map<String, String> provinceOf = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select m.code, m.province_code from municipality m "
                + "where not exists (select 1 from region_membership rm where rm.municipality_code = m.code and "
                + nl.thuisplan.region.Memberships.CURRENT + ")")) {
            while (rs.next()) {
                provinceOf.put(rs.getString(1), rs.getString(2));
            }
        }
        Map<String, Place> byCode = places.stream().collect(Collectors.toMap(Place::code, p -> p));
        Map<String, List<Place>> perProvince = new TreeMap<>();
        provinceOf.forEach((code, pv) -> perProvince.computeIfAbsent(pv, k -> new ArrayList<>()).add(byCode.get(code)));
        int total = provinceOf.size();
        List<String> codes = new ArrayList<>();
        List<List<Place>> groups = new ArrayList<>();
        for (List<Place> list : perProvince.values()) {
            // about 13 municipalities a region (so about 20 regions), north to south within a province
            int n = Math.max(1, Math.round(list.size() * 20f / total));
            list.sort(Comparator.comparingDouble(Place::lat).reversed());
            for (int k = 0; k < n; k++) {
                groups.add(new ArrayList<>(list.subList(k * list.size() / n, (k + 1) * list.size() / n)));
            }
        }
        try (PreparedStatement r = c.prepareStatement("insert into region (code, name) values (?, ?)");
             PreparedStatement rm = c.prepareStatement("insert into region_membership (region_id, municipality_code, valid_from, note) "
                     + "select region_id, ?, ?, 'benchmark' from region where code = ?")) {
            for (int k = 0; k < groups.size(); k++) {
                String code = "B" + (char) ('A' + k % 26) + (k >= 26 ? String.valueOf((char) ('A' + k / 26)) : "");
                codes.add(code);
                r.setString(1, code);
                r.setString(2, String.format(Locale.ROOT, "Benchmarkregio %02d", k + 1));
                r.addBatch();
                for (Place p : groups.get(k)) {
                    rm.setString(1, p.code());
                    // the one that left a koploper region joins the day after it left
                    rm.setDate(2, java.sql.Date.valueOf(known.contains(p.code()) ? LocalDate.now().withDayOfYear(1).minusYears(1)
                            : LocalDate.of(firstYear, 1, 1)));
                    rm.setString(3, code);
                    rm.addBatch();
                }
            }
            r.executeBatch();
            // a former membership may end later than firstYear: start the new one the day after
            rm.executeBatch();
        }
        exec(c, "update region_membership rm set valid_from = (select max(o.valid_to) + 1 from region_membership o "
                + "where o.municipality_code = rm.municipality_code and o.region_id <> rm.region_id) "
                + "where rm.note = 'benchmark' and exists (select 1 from region_membership o where o.municipality_code = rm.municipality_code "
                + "and o.region_id <> rm.region_id)");
        return groups.size();
    }

    private static void indicators(Connection c, int firstYear, int lastYear) throws SQLException {
        // inhabitants on 1 January of every year (growing slowly from the newest known figure); lettings likewise
        exec(c, "insert into municipal_indicator (municipality_code, indicator, reference_date, value, source, status, loaded_by) "
                + "select b.municipality_code, 'inhabitants', make_date(y, 1, 1), round(b.value * (1 + 0.004 * (y - " + lastYear + "))), "
                + "'synthetisch (benchmark)', 'APPROXIMATE', 'bench' "
                + "from (select distinct on (municipality_code) municipality_code, value from municipal_indicator "
                + "where indicator = 'inhabitants' order by municipality_code, reference_date desc) b "
                + "cross join generate_series(" + firstYear + ", " + lastYear + ") y on conflict do nothing");
        exec(c, "insert into municipal_indicator (municipality_code, indicator, reference_date, value, source, status, loaded_by) "
                + "select i.municipality_code, 'lettings', i.reference_date, round(i.value * (0.004 + ((2147483647 & hashtext(i.municipality_code)) % 40) "
                + "/ 10000.0)), 'synthetisch (benchmark)', 'APPROXIMATE', 'bench' from municipal_indicator i "
                + "where i.indicator = 'inhabitants' and i.loaded_by = 'bench' on conflict do nothing");
    }

    private static void targetGroups(Connection c) throws SQLException {
        exec(c, "insert into region_target_group (region_id, code, name, national_code, sort_order) "
                + "select r.region_id, t.code, t.name, t.code, t.sort_order from region r cross join target_group t on conflict do nothing");
        exec(c, "insert into region_target_group (region_id, code, name, national_code, sort_order) "
                + "select r.region_id, 'eigen_' || n, 'Eigen groep ' || n || ' (' || r.code || ')', null, 100 + n "
                + "from region r cross join generate_series(1, 3) n on conflict do nothing");
    }

    // ---------------------------------------------------------------- demand

    private static void demand(Connection c, int firstYear, int lastYear) throws SQLException {
        String members = "select rm.region_id, rm.municipality_code from region_membership rm where " + nl.thuisplan.region.Memberships.CURRENT;
        exec(c, "insert into demand_analysis (region_id, municipality_code, year, version_no, created_by) "
                + "select m.region_id, m.municipality_code, y, v, 'bench' from (" + members + ") m "
                + "cross join generate_series(" + firstYear + ", " + lastYear + ") y cross join generate_series(1, 2) v");
        exec(c, "insert into demand_analysis (region_id, municipality_code, year, version_no, created_by) "
                + "select r.region_id, null, y, 1, 'bench' from region r cross join generate_series(" + firstYear + ", " + lastYear + ") y "
                + "where exists (select 1 from (" + members + ") m where m.region_id = r.region_id)");
        // 20 groups, each in one or two housing forms
        StringBuilder combos = new StringBuilder();
        List<String> groups = new ArrayList<>(NATIONAL_GROUPS);
        groups.addAll(OWN_GROUPS);
        for (int g = 0; g < groups.size(); g++) {
            combos.append(combos.isEmpty() ? "" : ", ").append("('").append(groups.get(g)).append("', '").append(FORMS.get(g % 6)).append("')");
            if (g % 2 == 0) {
                combos.append(", ('").append(groups.get(g)).append("', '").append(FORMS.get((g + 2) % 6)).append("')");
            }
        }
        // per cell a reproducible hash h: 12% small (1-4, hidden on the dashboards), 6% zero, the rest
        // up to a few thousand, scaled by the municipality's size (the region's own figures as a large one)
        exec(c, "insert into demand_figure (region_id, analysis_id, municipality_code, target_group_code, housing_form_code, measure, "
                + "value, source, updated_by) "
                + "select a.region_id, a.analysis_id, a.municipality_code, cb.g, cb.f, ms.measure, "
                + "case when x.h % 100 < 12 then 1 + x.h % 4 when x.h % 100 < 18 then 0 "
                + "else 5 + round((x.h / 100 % ms.span) * coalesce(s.f, 3) / 4)::int end, 'synthetisch (benchmark)', 'bench' "
                + "from demand_analysis a cross join (values " + combos + ") cb(g, f) "
                + "cross join (values ('STOCK', 400), ('INFLOW', 120), ('MOVES', 90)) ms(measure, span) "
                + "left join (select distinct on (municipality_code) municipality_code, greatest(1, value / 50000.0) f from municipal_indicator "
                + "where indicator = 'inhabitants' order by municipality_code, reference_date desc) s on s.municipality_code = a.municipality_code "
                + "cross join lateral (select (2147483647 & hashtext(a.analysis_id || '|' || cb.g || '|' || cb.f || '|' || ms.measure))::bigint h) x "
                + "where a.created_by = 'bench'");
        // adopt version 1, then version 2 (the trigger keeps the newest in demand_total); in the newest
        // year about one municipality in ten has not adopted yet
        String pending = "a.year = " + lastYear + " and a.municipality_code is not null and (2147483647 & hashtext(a.municipality_code)) % 10 = 0";
        for (int v = 1; v <= 2; v++) {
            exec(c, "update demand_analysis a set status = 'ADOPTED', adopted_at = now(), adopted_by = 'bench', submitted_at = now(), "
                    + "submitted_by = 'bench' where a.created_by = 'bench' and a.version_no = " + v + " and not (" + pending + ")");
        }
        exec(c, "update demand_analysis a set status = 'SUBMITTED', submitted_at = now(), submitted_by = 'bench' "
                + "where a.created_by = 'bench' and a.version_no = 2 and " + pending);
    }

    // ---------------------------------------------------------------- allocation

    private static void allocation(Connection c, int firstYear, int lastYear) throws SQLException {
        exec(c, "insert into allocation_model (region_id, name, target_groups, period_year, created_by) "
                + "select r.region_id, 'Verdeling uitstroom ' || y, '" + ALLOCATION_GROUPS + "'::text[], y, 'bench' from region r "
                + "cross join generate_series(" + firstYear + ", " + lastYear + ") y "
                + "where exists (select 1 from region_membership rm where rm.region_id = r.region_id) on conflict do nothing");
        exec(c, "insert into allocation_scenario (region_id, model_id, name, version_no, status, total_source, total, method, "
                + "reference_date, criteria, snapshot, updated_by, adopted_at, adopted_by) "
                + "select m.region_id, m.model_id, 'Naar inwoners', 1, 'ADOPTED', 'ENTERED', 0, 'LARGEST_REMAINDER', "
                + "make_date(m.period_year, 1, 1), '[{\"indicator\": \"inhabitants\", \"weight\": 1}]'::jsonb, '{\"synthetic\": true}'::jsonb, "
                + "'bench', now(), 'bench' from allocation_model m where m.created_by = 'bench'");
        exec(c, "update allocation_model m set status = 'ADOPTED', adopted_scenario_id = s.scenario_id, adopted_at = now(), "
                + "adopted_by = 'bench', decision_date = make_date(m.period_year, 1, 1), decision_reference = 'bench', "
                + "decision_body = 'bench' from allocation_scenario s where s.region_id = m.region_id and s.model_id = m.model_id "
                + "and m.created_by = 'bench' and m.status = 'CONCEPT'");
        exec(c, "insert into allocation_target (region_id, model_id, municipality_code, municipality_name, quota, target) "
                + "select m.region_id, m.model_id, mu.code, mu.name, t.target::text, t.target from allocation_model m "
                + "join region_membership rm on rm.region_id = m.region_id and " + nl.thuisplan.region.Memberships.CURRENT + " "
                + "join municipality mu on mu.code = rm.municipality_code "
                + "cross join lateral (select coalesce((select round(i.value / 2500) from municipal_indicator i where i.indicator = 'inhabitants' "
                + "and i.municipality_code = mu.code order by i.reference_date desc limit 1), 10)::int "
                + "+ (2147483647 & hashtext(mu.code || m.period_year)) % 4 as target) t where m.created_by = 'bench'");
        // realisation: most municipalities report, older years closer to the target
        exec(c, "insert into allocation_realisation (region_id, model_id, municipality_code, realised, updated_by) "
                + "select t.region_id, t.model_id, t.municipality_code, "
                + "round(t.target * least(1.2, (50 + (2147483647 & hashtext(t.municipality_code || t.model_id)) % 50 + 5 * (" + lastYear
                + " - m.period_year)) / 100.0)), 'bench' from allocation_target t join allocation_model m on m.region_id = t.region_id "
                + "and m.model_id = t.model_id where m.created_by = 'bench' and (2147483647 & hashtext(t.municipality_code || t.model_id)) % 5 <> 0");
    }

    // ---------------------------------------------------------------- urgency

    private static void urgency(Connection c, int firstYear, int lastYear) throws SQLException {
        exec(c, "insert into urgency_scheme (region_id, name, version_no, valid_from, valid_to, legal_name, created_by, updated_by) "
                + "select r.region_id, 'Urgentieregeling ' || r.name, coalesce((select max(version_no) from urgency_scheme s "
                + "where s.region_id = r.region_id), 0) + 1, make_date(" + firstYear + ", 1, 1), make_date(" + lastYear + ", 12, 31), "
                + "'Huisvestingsverordening (benchmark)', 'bench', 'bench' from region r "
                + "where exists (select 1 from region_membership rm where rm.region_id = r.region_id) "
                + "and not exists (select 1 from urgency_scheme s where s.region_id = r.region_id and s.status = 'ADOPTED')");
        String schemes = "from urgency_scheme s where s.created_by = 'bench' and s.status = 'CONCEPT'";
        exec(c, "insert into urgency_category (region_id, scheme_id, code, name, target_groups, decision_days, wait_norm_days, priority) "
                + "select s.region_id, s.scheme_id, k.code, k.name, k.groups, 56, k.norm, k.priority " + schemes.replace("from ", "from (values "
                + "('medisch', 'Medische urgentie', '{medische_urgentie,ouderen_zorg}'::text[], 180, 1), "
                + "('sociaal', 'Sociale urgentie', '{sociale_urgentie,dakloos,uitstroom_vo}'::text[], 120, 2), "
                + "('uitstroom', 'Uitstroom instellingen', '{uitstroom_mo,uitstroom_bw,uitstroom_ggz,uitstroom_jeugd}'::text[], 90, 3)) "
                + "k(code, name, groups, norm, priority) cross join "));
        exec(c, "insert into urgency_quota (region_id, scheme_id, position, label, categories, kind, share) "
                + "select s.region_id, s.scheme_id, q.position, q.label, q.categories, 'MAX_SHARE', q.share " + schemes.replace("from ", "from (values "
                + "(1, 'Urgente woningzoekenden', '{medisch,sociaal,uitstroom}'::text[], 0.300000), "
                + "(2, 'Uitstroom instellingen', '{uitstroom}'::text[], 0.100000)) q(position, label, categories, share) cross join "));
        exec(c, "update urgency_scheme s set status = 'ADOPTED', adopted_at = now(), adopted_by = 'bench' "
                + "where s.created_by = 'bench' and s.status = 'CONCEPT'");
    }

    // ---------------------------------------------------------------- woonzorgvisies

    private static void woonzorgvisies(Connection c, int firstYear, int lastYear) throws SQLException {
        exec(c, "insert into wzv_template (region_id, name, description, created_by) select r.region_id, 'Woonzorgvisie ' || r.name, "
                + "'Benchmark', 'bench' from region r where not exists (select 1 from wzv_template t where t.region_id = r.region_id)");
        exec(c, "insert into wzv_template_version (region_id, template_id, version_no, status, chapters, created_by, updated_by, "
                + "published_at, published_by) select t.region_id, t.template_id, 1, 'PUBLISHED', "
                + "coalesce((select v.chapters from wzv_template_version v where v.status = 'PUBLISHED' limit 1), '[]'::jsonb), "
                + "'bench', 'bench', now(), 'bench' from wzv_template t where t.created_by = 'bench'");
        // three periods per municipality; the newest in any status (or none), older ones mostly adopted
        exec(c, "insert into wzv_document (region_id, municipality_code, from_year, to_year, template_id, template_version_no, status, "
                + "created_by, updated_by, submitted_at, submitted_by, adopted_at, adopted_by, decision_date, snapshot) "
                + "select d.region_id, d.municipality_code, d.from_year, d.to_year, v.template_id, v.version_no, d.status, 'bench', 'bench', "
                + "case when d.status <> 'CONCEPT' then now() end, case when d.status <> 'CONCEPT' then 'bench' end, "
                + "case when d.status = 'ADOPTED' then now() end, case when d.status = 'ADOPTED' then 'bench' end, "
                + "case when d.status = 'ADOPTED' then make_date(d.from_year, 3, 1) end, "
                + "case when d.status = 'ADOPTED' then '{\"synthetic\": true}'::jsonb end "
                + "from (select rm.region_id, rm.municipality_code, p.from_year, least(p.from_year + 3, " + lastYear + ") to_year, "
                + "case when p.newest then (array['CONCEPT','CONCEPT','CONCEPT','CONCEPT','IN_REVIEW','IN_REVIEW','ADOPTED','ADOPTED',"
                + "'ADOPTED',null])[1 + (2147483647 & hashtext(rm.municipality_code || p.from_year)) % 10] "
                + "else (array['ADOPTED','ADOPTED','ADOPTED','ADOPTED','ADOPTED','ADOPTED','ADOPTED',null,null,null])"
                + "[1 + (2147483647 & hashtext(rm.municipality_code || p.from_year)) % 10] end status "
                + "from region_membership rm cross join (values (" + firstYear + ", false), (" + (firstYear + 4) + ", false), ("
                + (firstYear + 8) + ", true)) p(from_year, newest) where " + nl.thuisplan.region.Memberships.CURRENT + ") d "
                + "join lateral (select v.template_id, v.version_no from wzv_template_version v where v.region_id = d.region_id "
                + "and v.status = 'PUBLISHED' order by v.template_id, v.version_no desc limit 1) v on true where d.status is not null");
    }

    // ---------------------------------------------------------------- geography

    static List<Place> municipalities() throws Exception {
        List<Place> out = new ArrayList<>();
        for (String[] f : features("/reference/gemeente_2024.geojson")) {
            double[] centroid = centroid(rings(f[0]));
            out.add(new Place(f[1], f[2], centroid[0], centroid[1]));
        }
        if (out.size() != 342) {
            throw new IllegalStateException("expected 342 municipalities, found " + out.size());
        }
        return out;
    }

    private static List<Province> provinces() throws Exception {
        List<Province> out = new ArrayList<>();
        for (String[] f : features("/bench/provincie_2024.geojson")) {
            List<double[][]> rings = rings(f[0]);
            double[] centroid = centroid(rings);
            out.add(new Province(f[1], f[2], rings, centroid[0], centroid[1]));
        }
        return out;
    }

    /** The province holding the point, or the one whose centroid is nearest. */
    private static Province province(Place p, List<Province> provinces) {
        for (Province pv : provinces) {
            boolean inside = false;
            for (double[][] ring : pv.rings()) {
                for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                    if ((ring[i][1] > p.lat()) != (ring[j][1] > p.lat())
                            && p.lon() < (ring[j][0] - ring[i][0]) * (p.lat() - ring[i][1]) / (ring[j][1] - ring[i][1]) + ring[i][0]) {
                        inside = !inside;
                    }
                }
            }
            if (inside) {
                return pv;
            }
        }
        return provinces.stream().min(Comparator.comparingDouble(pv -> Math.hypot((pv.lon() - p.lon()) * Math.cos(Math.toRadians(52)),
                pv.lat() - p.lat()))).orElseThrow();
    }

    /** Per feature: its coordinates text, statcode and statnaam. */
    private static List<String[]> features(String resource) throws Exception {
        try (InputStream in = DashboardDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the classpath");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\"coordinates\":([^}]*)\\},\"properties\":\\{\"statcode\":\"([A-Z]{2}\\d{2,4})\","
                    + "\"jrstatcode\":\"[^\"]*\",\"statnaam\":\"([^\"]*)\"").matcher(json);
            List<String[]> out = new ArrayList<>();
            while (m.find()) {
                out.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
            return out;
        }
    }

    /** The rings of a (Multi)Polygon's coordinates: every run of points up to "]]". */
    private static List<double[][]> rings(String coordinates) {
        List<double[][]> out = new ArrayList<>();
        Pattern point = Pattern.compile("\\[(-?\\d+(?:\\.\\d+)?),(-?\\d+(?:\\.\\d+)?)");
        for (String piece : coordinates.split("\\]\\]")) {
            List<double[]> ring = new ArrayList<>();
            Matcher m = point.matcher(piece);
            while (m.find()) {
                ring.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
            }
            if (ring.size() >= 3) {
                out.add(ring.toArray(new double[0][]));
            }
        }
        return out;
    }

    /** The area centroid of the largest ring (the main outer boundary; a hole is always smaller). */
    private static double[] centroid(List<double[][]> rings) {
        double best = -1;
        double[] out = null;
        for (double[][] ring : rings) {
            double a = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
                double cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
                a += cross;
                cx += (ring[j][0] + ring[i][0]) * cross;
                cy += (ring[j][1] + ring[i][1]) * cross;
            }
            if (Math.abs(a) > best && a != 0) {
                best = Math.abs(a);
                out = new double[] {cx / (3 * a), cy / (3 * a)};
            }
        }
        if (out == null) {
            throw new IllegalStateException("no polygon");
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return Math.abs(h ^ (h >>> 29));
    }

    static void scope(Connection c) throws SQLException {
        exec(c, "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true), "
                + "set_config('thuisplan.drafts', 'on', true)");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> codes(Connection c, String sql) throws SQLException {
        Set<String> out = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
