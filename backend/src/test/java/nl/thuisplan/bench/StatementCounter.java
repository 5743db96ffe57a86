package nl.thuisplan.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Counts what the application sends to PostgreSQL, for the benchmarks: a JDBC driver for URLs
 * {@code jdbc:counting:postgresql://...} that hands out PostgreSQL's connections wrapped, counting every
 * statement execution (the scope's {@code set_config} separately) and every transaction (a commit or
 * rollback, or a statement run in auto-commit). Sitting under the connection pool, it sees exactly the
 * connections the transaction manager and the repositories use, and nothing of the application
 * changes. (The embedded PostgreSQL has no pg_stat_statements preloaded; counting at the driver needs
 * no server setup.) A batch counts once when the driver rewrites it into one insert, else per row.
 */
public final class StatementCounter implements Driver {

    static final String PREFIX = "jdbc:counting:";

    static {
        try {
            DriverManager.registerDriver(new StatementCounter());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final AtomicLong statements = new AtomicLong();
    private static final AtomicLong scopeSettings = new AtomicLong();
    private static final AtomicLong transactions = new AtomicLong();

    public record Counts(long statements, long scopeSettings, long transactions) {
        public Counts minus(Counts o) {
            return new Counts(statements - o.statements, scopeSettings - o.scopeSettings, transactions - o.transactions);
        }
    }

    public static Counts snapshot() {
        return new Counts(statements.get(), scopeSettings.get(), transactions.get());
    }

    /** The URL that makes the pool connect through this driver. */
    public static String wrap(String jdbcUrl) {
        return PREFIX + jdbcUrl.substring("jdbc:".length());
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String target = "jdbc:" + url.substring(PREFIX.length());
        return connection(DriverManager.getDriver(target).connect(target, info));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private static Connection connection(Connection target) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                transactions.incrementAndGet();
            }
            if (name.equals("unwrap") || name.equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            Object result = invoke(target, method, args);
            if (result instanceof Statement s && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                return statement(s, target, args != null && args.length > 0 ? (String) args[0] : "");
            }
            if (result instanceof Statement s && name.equals("createStatement")) {
                return statement(s, target, null);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Statement statement(Statement target, Connection connection, String preparedSql) {
        int[] batched = {0};
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched[0]++;
            }
            boolean executes = name.startsWith("execute");
            Object result = invoke(target, method, args);
            if (executes) {
                boolean rewritten = preparedSql != null && preparedSql.stripLeading().toLowerCase().startsWith("insert");
                long n = name.equals("executeBatch") && !rewritten ? batched[0] : 1;
                batched[0] = name.equals("executeBatch") ? 0 : batched[0];
                String sql = preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : "";
                (sql.contains("set_config(") ? scopeSettings : statements).addAndGet(n);
                if (connection.getAutoCommit()) {
                    transactions.addAndGet(n);
                }
            }
            return result;
        };
        Class<?> type = target instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
