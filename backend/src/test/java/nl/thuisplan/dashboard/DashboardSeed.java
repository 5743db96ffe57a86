package nl.thuisplan.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.thuisplan.support.TestDatabase;

/**
 * Puts adopted demand analyses straight into the database for dashboard tests, the way the
 * application stores them (a concept with figures, then adopted), and reads sums back from the
 * source tables, bypassing everything the dashboard does.
 */
final class DashboardSeed {

    private DashboardSeed() {
    }

    /** An adopted analysis of a municipality (null: the region's own) with, per group, stock/inflow/moves in one housing form. */
    static void adopted(String region, String municipality, int year, Object... groupAndFigures) throws SQLException {
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into demand_analysis (region_id, municipality_code, year, version_no, "
                    + "created_by) select region_id, ?, ?, coalesce((select max(version_no) from demand_analysis a where a.region_id = r.region_id "
                    + "and a.municipality_code is not distinct from ? and a.year = ?), 0) + 1, 'test' from region r where code = ? "
                    + "returning analysis_id")) {
                ps.setString(1, municipality);
                ps.setInt(2, year);
                ps.setString(3, municipality);
                ps.setInt(4, year);
                ps.setString(5, region);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            for (int i = 0; i < groupAndFigures.length; i += 4) {
                String group = (String) groupAndFigures[i];
                String[] measures = {"STOCK", "INFLOW", "MOVES"};
                for (int m = 0; m < 3; m++) {
                    try (PreparedStatement ps = c.prepareStatement("insert into demand_figure (region_id, analysis_id, municipality_code, "
                            + "target_group_code, housing_form_code, measure, value, updated_by) select region_id, ?, ?, ?, 'zelfstandig', ?, ?, 'test' "
                            + "from region where code = ?")) {
                        ps.setLong(1, id);
                        ps.setString(2, municipality);
                        ps.setString(3, group);
                        ps.setString(4, measures[m]);
                        ps.setInt(5, (Integer) groupAndFigures[i + 1 + m]);
                        ps.setString(6, region);
                        ps.executeUpdate();
                    }
                }
            }
            exec(c, "update demand_analysis set status = 'ADOPTED', adopted_at = now(), adopted_by = 'test' where analysis_id = " + id);
            c.commit();
        }
    }

    /** Moves of the newest adopted analyses, summed straight from demand_figure: one municipality, or a region (own figures included). */
    static long moves(String region, String municipality, int year, String group) throws SQLException {
        String sql = "with adopted as (select distinct on (a.municipality_code) a.region_id, a.analysis_id from demand_analysis a "
                + "join region r on r.region_id = a.region_id where r.code = ? and a.year = ? and a.status = 'ADOPTED' "
                + (municipality == null ? "" : "and a.municipality_code = ? ")
                + "order by a.municipality_code, a.version_no desc) "
                + "select coalesce(sum(f.value), 0) from adopted a join demand_figure f on f.region_id = a.region_id "
                + "and f.analysis_id = a.analysis_id where f.measure = 'MOVES' and (? = 'alle' or f.target_group_code = ?)";
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setString(i++, region);
                ps.setInt(i++, year);
                if (municipality != null) {
                    ps.setString(i++, municipality);
                }
                ps.setString(i++, group);
                ps.setString(i, group);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    c.rollback();
                    return v;
                }
            }
        }
    }

    /** Every current member as {region code, municipality code}. */
    static java.util.List<String[]> currentMembers() throws SQLException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (Connection c = TestDatabase.appRole().getConnection()) {
            c.setAutoCommit(false);
            scope(c);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select r.code, rm.municipality_code from region_membership rm "
                    + "join region r on r.region_id = rm.region_id where rm.valid_from <= current_date "
                    + "and (rm.valid_to is null or rm.valid_to >= current_date) order by 1, 2")) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            c.rollback();
        }
        return out;
    }

    private static void scope(Connection c) throws SQLException {
        exec(c, "select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true), "
                + "set_config('thuisplan.drafts', 'on', true)");
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
