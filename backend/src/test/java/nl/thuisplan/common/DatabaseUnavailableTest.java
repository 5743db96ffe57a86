package nl.thuisplan.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are a database outage (503) and which stay errors of the request or the code (500, 409). */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("Cannot set the tenant scope",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("canceling statement due to user request", "57014"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no database involved"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(null)).isFalse();
    }
}
