package nl.thuisplan.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Counts what the application sends to PostgreSQL, for the benchmarks only (active with
 * {@code thuisplan.bench.count-statements=true}): every statement execution (a JDBC batch counts each
 * of its parameter sets, as the server runs each), the scope's {@code set_config} separately, and every
 * transaction (a commit or rollback, or a statement run in auto-commit). It wraps the application's
 * data source, so it sees exactly the connections the transaction manager and the repositories use.
 * The embedded PostgreSQL has no pg_stat_statements preloaded; counting at the driver needs no server setup.
 */
@Singleton
@Requires(property = "thuisplan.bench.count-statements", value = "true")
public class StatementCounter implements BeanCreatedEventListener<DataSource> {

    private final AtomicLong statements = new AtomicLong();
    private final AtomicLong scopeSettings = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();

    public record Counts(long statements, long scopeSettings, long transactions) {
        public Counts minus(Counts o) {
            return new Counts(statements - o.statements, scopeSettings - o.scopeSettings, transactions - o.transactions);
        }
    }

    public Counts snapshot() {
        return new Counts(statements.get(), scopeSettings.get(), transactions.get());
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? connection(c) : result;
                });
    }

    private Connection connection(Connection target) {
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

    private Statement statement(Statement target, Connection connection, String preparedSql) {
        int[] batched = {0};
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batched[0]++;
            }
            boolean executes = name.startsWith("execute");
            Object result = invoke(target, method, args);
            if (executes) {
                long n = name.equals("executeBatch") ? batched[0] : 1;
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
