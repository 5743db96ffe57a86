package nl.thuisplan.observability;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The Prometheus scrape and the metrics endpoint answer only on the management port ({@link PrometheusTest} reads it there): on the public
 * port, where the matrix calls, it does not exist for anyone.
 */
@Singleton
class ObservabilityMatrix implements MatrixDeclarations {

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /prometheus", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404",
                s -> Call.get("/prometheus")).shared();
        // Micronaut's metrics endpoint (the request timings as JSON): the management port's too
        m.route("GET /metrics", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404",
                s -> Call.get("/metrics")).shared();
        m.route("GET /metrics/{name}", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404",
                s -> Call.get("/metrics/http.server.requests")).shared();
    }
}
