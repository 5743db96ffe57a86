package nl.thuisplan.common;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in a database transaction whose row-level-security scope is the caller's. Every
 * repository call that touches region-owned tables goes through here: without a scope the
 * policies match no rows at all.
 *
 * <p>Nested calls with the same scope join the enclosing transaction. A nested call with another
 * scope (e.g. a region-wide median computed for a gemeente) gets a transaction of its own, so it
 * can neither widen nor narrow what the enclosing work sees.
 */
@Singleton
public class TenantTransactions {

    private static final ThreadLocal<Scope> ACTIVE = new ThreadLocal<>();

    private final TransactionOperations<Connection> transactions;

    public TenantTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T read(Scope scope, Supplier<T> work) {
        return run(scope, true, work);
    }

    public <T> T write(Scope scope, Supplier<T> work) {
        return run(scope, false, work);
    }

    /**
     * Runs {@code work} once the enclosing transaction has committed (mail about what it wrote, which a
     * rollback must not send); at once when no transaction is open.
     */
    public void afterCommit(Runnable work) {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                work.run();
            }
        }), work);
    }

    private <T> T run(Scope scope, boolean readOnly, Supplier<T> work) {
        Scope enclosing = ACTIVE.get();
        if (scope.equals(enclosing)) {
            return work.get();
        }
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(enclosing == null
                ? TransactionDefinition.Propagation.REQUIRED : TransactionDefinition.Propagation.REQUIRES_NEW);
        definition.setReadOnly(readOnly);
        return transactions.execute(definition, status -> {
            apply(status.getConnection(), scope);
            ACTIVE.set(scope);
            try {
                return work.get();
            } finally {
                if (enclosing == null) {
                    ACTIVE.remove();
                } else {
                    ACTIVE.set(enclosing);
                }
            }
        });
    }

    private static void apply(Connection connection, Scope scope) {
        // set_config(..., true) is local to this transaction: a pooled connection never carries
        // one caller's scope into the next caller's work.
        try (PreparedStatement ps = connection.prepareStatement(
                "select set_config('thuisplan.regions', ?, true), set_config('thuisplan.municipalities', ?, true), "
                        + "set_config('thuisplan.drafts', ?, true)")) {
            ps.setString(1, scope.regionsSetting());
            ps.setString(2, scope.municipalitiesSetting());
            ps.setString(3, scope.draftsSetting());
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the tenant scope", e);
        }
    }
}
