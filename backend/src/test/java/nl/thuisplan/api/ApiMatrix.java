package nl.thuisplan.api;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/** The API's own description: public, for every role and without a token. */
@Singleton
class ApiMatrix implements MatrixDeclarations {

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /api/v1/openapi.json", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200",
                s -> Call.get("/api/v1/openapi.json"));
    }
}
