package nl.thuisplan.dashboard;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The dashboard's rows. The dashboard shows every region's aggregates (anonymised for a programme manager), so its
 * answers are declared shared; what it may show of another region is tested in the dashboard's own tests.
 */
@Singleton
class DashboardMatrix implements MatrixDeclarations {

    @Override
    public void declare(RoleMatrix m) {
        String everyone = "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200";
        String d = "/api/v1/dashboard";
        m.route("GET /api/v1/dashboard/filters", "200 200 | 200 200 | 200 200 | 403 403 | 200 200 | 403 403 | 403 403", s -> Call.get(d + "/filters")).shared();
        m.route("GET /api/v1/dashboard/regions{?year,targetGroup,province}", "200 200 | 200 200 | 200 200 | 403 403 | 200 200 | 403 403 | 403 403", s -> Call.get(d + "/regions")).shared();
        m.route("GET /api/v1/dashboard/regions.{ext:csv|xlsx}{?year,targetGroup,province}", "200 200 | 200 200 | 200 200 | 403 403 | 200 200 | 403 403 | 403 403", s -> Call.get(d + "/regions.csv")).shared();
        m.route("GET /api/v1/dashboard/report.pdf{?year,targetGroup,province}", "200 200 | 200 200 | 200 200 | 403 403 | 200 200 | 403 403 | 403 403", s -> Call.get(d + "/report.pdf")).shared();
        m.route("GET /api/v1/dashboard/map{?year,targetGroup}", "200 200 | 200 200 | 200 200 | 403 403 | 200 200 | 403 403 | 403 403", s -> Call.get(d + "/map")).shared();
        m.route("GET /api/v1/dashboard/boundaries", "200 200 | 200 200 | 200 200 | 403 403 | 200 200 | 403 403 | 403 403", s -> Call.get(d + "/boundaries")).shared();
        m.route("GET /api/v1/dashboard/regions/{code}/municipalities{?year,targetGroup}",
                "200 200 | 200 403 | 200 403 | 403 403 | 200 403 | 403 403 | 403 403",
                s -> Call.get(d + "/regions/" + s.region() + "/municipalities"));
        m.route("GET /api/v1/dashboard/regions/{code}/municipalities.{ext:csv|xlsx}{?year,targetGroup}",
                "200 200 | 200 403 | 200 403 | 403 403 | 200 403 | 403 403 | 403 403",
                s -> Call.get(d + "/regions/" + s.region() + "/municipalities.csv"));
    }
}
