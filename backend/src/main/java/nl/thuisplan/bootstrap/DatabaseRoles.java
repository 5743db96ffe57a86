package nl.thuisplan.bootstrap;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates the two database roles Thuisplan uses, when it may create them itself (embedded
 * PostgreSQL, tests). The owner role owns the tables and runs the migrations; the application
 * role only reads and writes rows, so row-level security always applies to it. On a managed
 * server an administrator creates the roles instead (see docs/operations.md).
 */
public final class DatabaseRoles {

    public static final String OWNER = "thuisplan_owner";
    public static final String APP = "thuisplan_app";
    public static final String DATABASE = "thuisplan";

    private DatabaseRoles() {
    }

    public static void ensure(DataSource superuser, String ownerPassword, String appPassword) {
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            // The owner must inherit: on PostgreSQL 15 and older, creating tables in schema public
            // comes from the implicit pg_database_owner membership, which NOINHERIT cuts off.
            ensureRole(c, OWNER, ownerPassword, "inherit");
            ensureRole(c, APP, appPassword, "noinherit");
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
            }
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect, temporary on database " + DATABASE + " to " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the Thuisplan database roles", e);
        }
    }

    private static void ensureRole(Connection c, String role, String password, String inherit) throws SQLException {
        String verb = exists(c, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
        // Identifiers are constants of this class; the password is a generated secret and
        // is quoted by the server's own quote_literal, never concatenated raw.
        String literal;
        try (PreparedStatement ps = c.prepareStatement("select quote_literal(?)")) {
            ps.setString(1, password);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                literal = rs.getString(1);
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute(verb + " role " + role
                    + " login nosuperuser nocreatedb nocreaterole nobypassrls " + inherit + " password " + literal);
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
