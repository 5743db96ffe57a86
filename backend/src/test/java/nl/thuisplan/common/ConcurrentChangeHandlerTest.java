package nl.thuisplan.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Two people passing a service's check at the same moment: the database's refusal is a 409, not a 500. */
@MicronautTest(transactional = false)
class ConcurrentChangeHandlerTest extends ApiTest {

    @Inject
    ConcurrentChangeHandler handler;

    @Test
    void aUniqueViolationIsAConflictTheUserCanResolve() {
        HttpResponse<?> r = handler.handle(HttpRequest.POST("/api/v1/woonzorgvisie/regions/ENS/documents", "{}"),
                new DataAccessException("insert failed", new SQLException("duplicate key value", "23505")));
        assertThat(r.getStatus().getCode()).isEqualTo(409);
        assertThat(r.getBody().orElseThrow().toString()).contains("CONCURRENT_CHANGE");
    }

    @Test
    void anyOtherDatabaseErrorStaysAServerErrorWithoutDetails() {
        HttpResponse<?> r = handler.handle(HttpRequest.GET("/api/v1/x"),
                new DataAccessException("boom", new SQLException("relation does not exist", "42P01")));
        assertThat(r.getStatus().getCode()).isEqualTo(500);
        assertThat(r.getBody().orElseThrow().toString()).contains("INTERNAL_ERROR").doesNotContain("relation");
    }
}
