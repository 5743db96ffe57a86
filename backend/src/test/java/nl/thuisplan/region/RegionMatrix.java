package nl.thuisplan.region;

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

    private static String all(int status) {
        return (status + " ").repeat(RoleMatrix.ROLES.size() * 2).trim();
    }

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /api/regions", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/regions")).shared();
        m.route("GET /api/regions/{code}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get("/api/regions/" + s.region())).shared();
        m.route("GET /api/municipalities", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/municipalities")).shared();
        m.route("GET /api/municipalities/{code}", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 404 404 | 404 404", s -> Call.get("/api/municipalities/" + s.municipality())).shared();
        m.route("GET /api/regions/{region}/boundaries", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get("/api/regions/" + s.region() + "/boundaries")).shared();
        m.route("GET /api/housing-forms", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/housing-forms")).shared();
        m.route("GET /api/regions/{region}/target-groups", "200 200 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404 | 200 404", s -> Call.get("/api/regions/" + s.region() + "/target-groups"))
                .shared();
        m.route("POST /api/regions/{region}/target-groups", "201 201 | 201 404 | 201 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", "/api/regions/" + s.region() + "/target-groups", "{\"name\":\"Matrixgroep " + SEQ.incrementAndGet()
                        + "\"}").probe("/api/regions/" + s.region() + "/target-groups"));
        m.route("PATCH /api/regions/{region}/target-groups/{code}", "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> {
                    String[] g = OwnerSql.value("select g.code || '|' || g.version from region_target_group g join region r using (region_id) "
                            + "where r.code = '" + s.region() + "' order by 1 limit 1")
                            .split("\\|");
                    return Call.of("PATCH", "/api/regions/" + s.region() + "/target-groups/" + g[0], "{\"active\":true,\"version\":" + g[1] + "}").probe("/api/regions/" + s.region() + "/target-groups");
                });
        // Micronaut's management endpoints answer on the management port only (endpoints.all.port): not here
        m.route("GET /health", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404", s -> Call.get("/health")).shared();
        m.route("GET /health/{selector}", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404", s -> Call.get("/health/liveness")).shared();
    }
}
