package nl.thuisplan.indicator;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/** The indicator rows: a region's figures, imported by its programme manager. */
@Singleton
class IndicatorMatrix implements MatrixDeclarations {

    @Override
    public void declare(RoleMatrix m) {
        String base = "/api/v1/allocation/regions/";
        m.route("GET /api/v1/allocation/regions/{region}/indicators{?referenceDate}",
                "200 200 | 200 404 | 200 404 | 403 404 | 200 404 | 403 404 | 403 404",
                s -> Call.get(base + s.region() + "/indicators"));
        m.route("POST /api/v1/allocation/regions/{region}/indicators/import{?dryRun}",
                "200 200 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.upload(base + s.region() + "/indicators/import?dryRun=false", "gemeentecode,indicator,peildatum,waarde,bron\n"
                        + s.municipality() + ",inhabitants,2061-01-01,123456,CBS matrix\n").probe(base + s.region() + "/indicators?referenceDate=2061-01-02"));
    }
}
