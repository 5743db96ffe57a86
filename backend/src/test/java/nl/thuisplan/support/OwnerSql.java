package nl.thuisplan.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL as the owner of the tables with the whole scope, for fixtures and for expectations computed apart from the code under test. */
public final class OwnerSql {

    private OwnerSql() {
    }

    /** Runs the statements in one transaction with the whole scope. */
    public static void exec(String... statements) {
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            for (String sql : statements) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as text. */
    public static List<String> column(String query) {
        try (Connection c = TestDatabase.ownerRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(query)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            c.commit();
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String value(String query) {
        List<String> rows = column(query);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
