package nl.thuisplan.common;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs work in a database transaction whose row-level-security scope is the caller's. Every
 * repository call that touches region-owned tables goes through here: without a scope the
 * policies match no rows at all.
 */
@Singleton
public class TenantTransactions {

    private final TransactionOperations<Connection> transactions;

    public TenantTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public <T> T read(Scope scope, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.READ_ONLY, status -> {
            apply(status.getConnection(), scope);
            return work.get();
        });
    }

    public <T> T write(Scope scope, Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> {
            apply(status.getConnection(), scope);
            return work.get();
        });
    }

    private static void apply(Connection connection, Scope scope) {
        // set_config(..., true) is local to this transaction: a pooled connection never carries
        // one caller's scope into the next caller's work.
        try (PreparedStatement ps = connection.prepareStatement(
                "select set_config('thuisplan.regions', ?, true), set_config('thuisplan.municipalities', ?, true)")) {
            ps.setString(1, scope.regionsSetting());
            ps.setString(2, scope.municipalitiesSetting());
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the tenant scope", e);
        }
    }
}
