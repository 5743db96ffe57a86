package nl.thuisplan.observability;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The Prometheus scrape answers only on the management port ({@link PrometheusTest} reads it there): on the public
 * port, where the matrix calls, it does not exist for anyone.
 */
@Singleton
class ObservabilityMatrix implements MatrixDeclarations {

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /prometheus", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404",
                s -> Call.get("/prometheus")).shared();
    }
}
