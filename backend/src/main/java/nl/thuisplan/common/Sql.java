package nl.thuisplan.common;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain parameterised SQL on the current transaction's connection, for read models that are
 * joins rather than entities. Values are always bound, never concatenated.
 */
@Singleton
public class Sql {

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    public interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static final Binder NO_PARAMETERS = ps -> { };

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> List<T> list(String sql, Binder binder, Mapper<T> mapper) {
        return jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        });
    }

    public <T> Optional<T> one(String sql, Binder binder, Mapper<T> mapper) {
        return list(sql, binder, mapper).stream().findFirst();
    }

    /** One statement, many parameter sets, sent in one batch. */
    public void batch(String sql, List<Binder> binders) {
        if (binders.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, ps -> {
            for (Binder b : binders) {
                b.bind(ps);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    public int update(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, ps -> {
            binder.bind(ps);
            return ps.executeUpdate();
        });
    }
}
