package nl.thuisplan.region;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The rows of the reference data (regions, municipalities, boundaries, housing forms, target groups) and of the
 * application's management endpoints.
 */
@Singleton
class RegionMatrix implements MatrixDeclarations {

    private static final AtomicInteger SEQ = new AtomicInteger();

    /** Where the management endpoints listen: a port of their own. */
    private final String management;

    RegionMatrix(@Value("${endpoints.all.port}") int managementPort) {
        this.management = "http://localhost:" + managementPort;
    }

    private static String all(int status) {
        return (status + " ").repeat(RoleMatrix.ROLES.size() * 2).trim();
    }

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /api/v1/regions", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/v1/regions")).shared();
        m.route("GET /api/v1/regions/{code}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get("/api/v1/regions/" + s.region())).shared();
        m.route("GET /api/v1/municipalities", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/v1/municipalities")).shared();
        m.route("GET /api/v1/municipalities/{code}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404", s -> Call.get("/api/v1/municipalities/" + s.municipality())).shared();
        m.route("GET /api/v1/regions/{region}/boundaries", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get("/api/v1/regions/" + s.region() + "/boundaries")).shared();
        m.route("GET /api/v1/housing-forms", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/v1/housing-forms")).shared();
        m.route("GET /api/v1/regions/{region}/target-groups", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get("/api/v1/regions/" + s.region() + "/target-groups"))
                .shared();
        m.route("POST /api/v1/regions/{region}/target-groups", "201 201 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", "/api/v1/regions/" + s.region() + "/target-groups", "{\"name\":\"Matrixgroep " + SEQ.incrementAndGet()
                        + "\"}").probe("/api/v1/regions/" + s.region() + "/target-groups"));
        m.route("PATCH /api/v1/regions/{region}/target-groups/{code}", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> {
                    String[] g = OwnerSql.value("select g.code || '|' || g.version from region_target_group g join region r using (region_id) "
                            + "where r.code = '" + s.region() + "' order by 1 limit 1")
                            .split("\\|");
                    return Call.of("PATCH", "/api/v1/regions/" + s.region() + "/target-groups/" + g[0], "{\"active\":true,\"version\":" + g[1] + "}").probe("/api/v1/regions/" + s.region() + "/target-groups");
                });
        // Micronaut's management endpoints, on the management port: only health is enabled (application.yml); everyone
        // gets the status, only the beheerder the details (HealthEndpointTest)
        m.route("GET /health", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200", s -> Call.get(management + "/health")).shared();
        m.route("GET /health/{selector}", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200",
                s -> Call.get(management + "/health/" + (s.own() ? "readiness" : "liveness"))).shared();
    }
}
