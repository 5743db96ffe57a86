package nl.thuisplan.mywork;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * "Mijn werk" is about the caller itself: every role gets its own list, so own and foreign scope send the same call.
 * That no item of a neighbour shows is tested in {@link MyWorkTest}.
 */
@Singleton
class MyWorkMatrix implements MatrixDeclarations {

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /api/v1/my-work", "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200", s -> Call.get("/api/v1/my-work"));
        m.route("POST /api/v1/my-work/seen", "204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204 | 204 204",
                s -> Call.of("POST", "/api/v1/my-work/seen", null).probe("/api/v1/my-work"));
    }
}
