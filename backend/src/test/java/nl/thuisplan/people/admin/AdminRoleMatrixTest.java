package nl.thuisplan.people.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administration part of the role matrix, generated from the route table: every route under
 * {@code /api/admin/} that Micronaut's {@link Router} knows × every demo role × an object in the
 * caller's own region and one in a foreign region is sent, and the answer must be the status of ONE
 * expectation table. A route without an entry fails the test, so no administrative endpoint can be
 * added without declaring who may call it (and how to call it: {@link #ROUTES}).
 *
 * <p>"Own" is the region of the caller's demo membership (MRA; Regio Enschede for regio.ens; for the
 * provincie analist Noord-Holland's MRA), "foreign" the other one. regio.mra is made a regio
 * beheerder in the set-up (the demo has none); regio.ens stays a programme manager without it.
 * Each request acts on fresh persons, so no request depends on another's effect.
 */
@MicronautTest(transactional = false)
class AdminRoleMatrixTest extends ApiTest {

    /** The demo users in the order of each row's statuses (own, foreign for each). */
    static final List<String> ROLES = List.of("beheerder", "regio.mra", "regio.ens", "gemeente.amsterdam",
            "provincie.noord-holland", "corporatie.mra");

    /** How to call a route on an object in a region: method, path and body. */
    record Call(String method, String path, String body) {
    }

    /** A route's request recipe and its expected statuses: per role of {@link #ROLES}, own then foreign. */
    record Row(Function<String, Call> call, int... statuses) {
    }

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    Api api;
    @Inject
    AdminFixtures fixtures;
    @Inject
    Router router;

    /** THE expectation table, keyed by "METHOD template" as the router spells it. */
    private final Map<String, Row> ROUTES = new LinkedHashMap<>();

    @BeforeAll
    void table() {
        AdminFixtures.makeRegioMraBeheerder();
        int[] nobody = {403, 403, 403, 403, 403, 403, 403, 403};
        ROUTES.put("GET /api/admin/people", row(region -> new Call("GET", "/api/admin/people?regionCode=" + region, null),
                200, 200, 200, 200, nobody));
        ROUTES.put("GET /api/admin/people/{id}", row(region -> new Call("GET", "/api/admin/people/" + officer(region), null),
                200, 200, 200, 404, nobody));
        ROUTES.put("PUT /api/admin/people/{id}", row(region -> {
            long id = officer(region);
            return new Call("PUT", "/api/admin/people/" + id, "{\"displayName\":\"Gewijzigd\",\"email\":\"gewijzigd." + id
                    + "@matrix.example\",\"version\":" + AdminFixtures.version(id) + "}");
        }, 200, 200, 200, 404, nobody));
        ROUTES.put("POST /api/admin/people/{id}/deactivate", row(region -> versioned("deactivate", officer(region)),
                200, 200, 200, 404, nobody));
        ROUTES.put("POST /api/admin/people/{id}/activate", row(region -> {
            long id = officer(region);
            OwnerSql.exec("update app_user set active = false, deactivated_at = now() where user_id = " + id);
            return versioned("activate", id);
        }, 200, 200, 200, 404, nobody));
        ROUTES.put("POST /api/admin/people/{id}/unlock", row(region -> new Call("POST", "/api/admin/people/" + officer(region)
                + "/unlock", null), 200, 200, 200, 404, nobody));
        ROUTES.put("POST /api/admin/people/{id}/password-reset", row(region -> new Call("POST", "/api/admin/people/"
                + officer(region) + "/password-reset", null), 202, 202, 202, 404, nobody));
        ROUTES.put("POST /api/admin/invitations", row(region -> new Call("POST", "/api/admin/invitations", """
                {"email":"matrix.%d@matrix.example","displayName":"Matrix","organisationId":%d,"role":"MUNICIPALITY_OFFICER"}"""
                .formatted(SEQ.incrementAndGet(), fixtures.organisationId("GEMEENTE", municipality(region)))),
                201, 201, 201, 403, nobody));
        ROUTES.put("POST /api/admin/people/{id}/invitation", row(region -> new Call("POST", "/api/admin/people/"
                + invited(region) + "/invitation", null), 201, 201, 201, 404, nobody));
        ROUTES.put("DELETE /api/admin/people/{id}/invitation", row(region -> new Call("DELETE", "/api/admin/people/"
                + invited(region) + "/invitation", null), 204, 204, 204, 404, nobody));
        ROUTES.put("POST /api/admin/people/{id}/memberships", row(region -> new Call("POST", "/api/admin/people/"
                + officer(region) + "/memberships", """
                {"organisationId":%d,"role":"MUNICIPALITY_OFFICER","validFrom":"2026-01-01"}"""
                .formatted(fixtures.organisationId("GEMEENTE", otherMunicipality(region)))), 201, 201, 201, 404, nobody));
        ROUTES.put("PUT /api/admin/memberships/{id}", row(region -> new Call("PUT", "/api/admin/memberships/"
                + membership(officer(region)), "{\"validTo\":\"2030-12-31\",\"managesPeople\":false,\"version\":0}"),
                200, 200, 200, 404, nobody));
        ROUTES.put("GET /api/admin/people/{userId}/sessions", row(region -> new Call("GET", "/api/admin/people/"
                + officer(region) + "/sessions", null), 200, 200, 200, 404, nobody));
        ROUTES.put("POST /api/admin/people/{userId}/sessions/revoke-all", row(region -> new Call("POST", "/api/admin/people/"
                + officer(region) + "/sessions/revoke-all", null), 204, 204, 204, 404, nobody));
    }

    @Test
    void everyAdministrativeRouteHasAnExpectationAndEveryRoleGetsIt() {
        List<String> routes = adminRoutes();
        assertThat(routes).as("routes under /api/admin/ found in the router").isNotEmpty();
        TreeSet<String> missing = new TreeSet<>(routes);
        missing.removeAll(ROUTES.keySet());
        assertThat(missing).as("administrative routes without a row in AdminRoleMatrixTest's expectation table: declare who "
                + "may call them").isEmpty();
        TreeSet<String> stale = new TreeSet<>(ROUTES.keySet());
        stale.removeAll(routes);
        assertThat(stale).as("rows of the expectation table for routes that no longer exist").isEmpty();

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (String route : routes) {
            Row row = ROUTES.get(route);
            for (int r = 0; r < ROLES.size(); r++) {
                String role = ROLES.get(r);
                for (int f = 0; f < 2; f++) {
                    boolean own = f == 0;
                    String region = own == !role.equals("regio.ens") ? "MRA" : "ENS";
                    Call call = row.call().apply(region);
                    Response answer = api.send(call.method(), call.path(), api.token(role), call.body());
                    sent++;
                    int expected = row.statuses()[2 * r + f];
                    if (answer.status() != expected) {
                        wrong.add(route + " as " + role + " (" + (own ? "own" : "foreign") + "): expected " + expected + ", got "
                                + answer.status() + " " + answer.body());
                    } else if (expected >= 400 && !answer.contentType().contains("application/problem+json")) {
                        wrong.add(route + " as " + role + ": refusal is not problem+json but " + answer.contentType());
                    } else if (route.equals("POST /api/admin/invitations") && expected == 201) {
                        // no SMTP in this test: the link comes back to the beheerder who made it
                        assertThat(answer.json().get("invitation").get("link").getStringValue()).contains("/wachtwoord/nieuw?token=");
                    }
                }
            }
            Call anonymous = row.call().apply("MRA");
            Response refused = api.send(anonymous.method(), anonymous.path(), null, anonymous.body());
            if (refused.status() != 401) {
                wrong.add(route + " without a token: expected 401, got " + refused.status());
            }
        }
        assertThat(wrong).as("answers that differ from the expectation table").isEmpty();
        assertThat(sent).isEqualTo(routes.size() * ROLES.size() * 2);
    }

    private List<String> adminRoutes() {
        // HEAD is Micronaut's automatic twin of each GET, answered by the same method and its checks
        return router.uriRoutes()
                .filter(r -> r.getHttpMethod() != io.micronaut.http.HttpMethod.HEAD)
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api/admin/")
                        || r.getUriMatchTemplate().toString().equals("/api/admin"))
                .map(AdminRoleMatrixTest::key).distinct().sorted().toList();
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString();
    }

    private static Row row(Function<String, Call> call, int beheerderOwn, int beheerderForeign, int regioOwn, int regioForeign,
                           int[] others) {
        int[] all = new int[4 + others.length];
        all[0] = beheerderOwn;
        all[1] = beheerderForeign;
        all[2] = regioOwn;
        all[3] = regioForeign;
        System.arraycopy(others, 0, all, 4, others.length);
        assertThat(all).hasSize(ROLES.size() * 2);
        return new Row(call, all);
    }

    private static Call versioned(String action, long id) {
        return new Call("POST", "/api/admin/people/" + id + "/" + action, "{\"version\":" + AdminFixtures.version(id) + "}");
    }

    private long officer(String region) {
        return fixtures.officer(municipality(region));
    }

    private long invited(String region) {
        return fixtures.invitedOfficer(municipality(region));
    }

    private static String municipality(String region) {
        return region.equals("MRA") ? AdminFixtures.AMSTERDAM : AdminFixtures.ENSCHEDE;
    }

    private static String otherMunicipality(String region) {
        return AdminFixtures.column("select rm.municipality_code from region_membership rm join region r using (region_id) "
                + "where r.code = '" + region + "' and rm.municipality_code <> '" + municipality(region) + "' "
                + "and rm.valid_from <= current_date and (rm.valid_to is null or rm.valid_to >= current_date) "
                + "order by 1 limit 1").get(0);
    }

    private static long membership(long userId) {
        return Long.parseLong(AdminFixtures.column("select membership_id from membership where user_id = " + userId).get(0));
    }
}
