package nl.thuisplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.OwnerSql;
import nl.thuisplan.support.TestUsers;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;
import nl.thuisplan.support.matrix.RoleMatrix.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role matrix, generated from the route table: every route Micronaut's {@link Router} knows × every role of
 * {@link RoleMatrix#ROLES} × an object in the caller's own region and one in a foreign region, plus a call without a
 * token, each answered with the status the ONE expectation table ({@link RoleMatrix}, filled per feature package by the
 * {@link MatrixDeclarations} beans) declares. A route without a row fails the test, so no endpoint can be added without
 * declaring who may call it. Besides the status: every refusal is problem+json with a stable code on 403; no answer to a
 * caller other than the platform beheerder names a municipality of its foreign region (unless the row is declared
 * shared); and a refused write leaves the object as it was (its probe read before and after is the same).
 */
@MicronautTest(transactional = false)
class RoleMatrixTest extends ApiTest {

    private static final Pattern STABLE_CODE = Pattern.compile("[A-Z][A-Z_]+");
    private static final Pattern DOWNLOAD = Pattern.compile(".*\\.(csv|xlsx|pdf|docx)(\\?.*)?$");

    @Inject
    Api api;
    @Inject
    Router router;
    @Inject
    JsonMapper json;
    @Inject
    List<MatrixDeclarations> declarations;
    @Inject
    TestUsers users;
    @Inject
    People people;
    @Inject
    OrganisationRepository organisations;
    @Inject
    TenantTransactions tx;

    private final RoleMatrix matrix = new RoleMatrix();
    private final Map<String, String> tokens = new HashMap<>();
    /** Per region, the municipality codes of its current members: a caller whose foreign region it is must not see them. */
    private final Map<String, List<String>> members = new HashMap<>();

    @BeforeAll
    void declare() {
        OwnerSql.exec("update membership set manages_people = true where user_id = (select user_id from app_user "
                        + "where username = 'regio.mra')",
                "insert into organisation (kind, name, kvk_number) values ('ZORGAANBIEDER', 'Zorg Amstelland', '33333333')",
                "insert into organisation_region (region_id, organisation_id, organisation_kind) select r.region_id, "
                        + "o.organisation_id, o.kind from organisation o, region r where o.kvk_number = '33333333' and r.code = 'MRA'");
        int mra = Integer.parseInt(OwnerSql.value("select region_id from region where code = 'MRA'"));
        tx.write(Scope.SYSTEM, () -> {
            var person = users.person("zorg.mra", "Medewerker Zorg Amstelland", Api.DEMO_PASSWORD);
            people.addMembership(person.userId(), organisations.byKvkNumber("33333333").orElseThrow(), mra, false,
                    LocalDate.of(2025, 1, 1), null);
            return person;
        });
        for (String region : List.of(RoleMatrix.MRA, RoleMatrix.ENS)) {
            members.put(region, OwnerSql.column("select rm.municipality_code from region_membership rm join region r using "
                    + "(region_id) where r.code = '" + region + "'"));
        }
        declarations.forEach(d -> d.declare(matrix));
    }

    @Test
    void everyRouteHasAnExpectationAndEveryRoleGetsIt() throws IOException {
        List<String> routes = routes();
        List<String> wrong = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> actual = new ArrayList<>();
        int cells = 0;
        for (String route : routes) {
            Row row = matrix.rows().get(route);
            if (row == null) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < RoleMatrix.ROLES.size(); r++) {
                String role = RoleMatrix.ROLES.get(r);
                for (boolean own : new boolean[] {true, false}) {
                    String region = own ? RoleMatrix.ownRegion(role) : RoleMatrix.otherRegion(RoleMatrix.ownRegion(role));
                    String cell = route + " as " + role + " (" + (own ? "own " : "foreign ") + region + ")";
                    int expected = row.expected(r, own);
                    int status = cell(row, region, role, expected, cell, wrong);
                    byStatus.merge(status, 1, Integer::sum);
                    line.append(status).append(own ? " " : "  ");
                    cells++;
                }
            }
            int status = cell(row, RoleMatrix.MRA, null, row.anonymous(), route + " without a token", wrong);
            byStatus.merge(status, 1, Integer::sum);
            cells++;
            actual.add(route + "\n    \"" + line.toString().trim() + (status == 401 ? "" : "  " + status) + "\"");
        }
        Files.writeString(Path.of("target", "role-matrix-actual.txt"), String.join("\n", actual) + "\n");
        System.out.println("Role matrix: " + routes.size() + " routes, " + RoleMatrix.ROLES.size() + " roles, " + cells
                + " cells; answers by status " + byStatus + "; " + wrong.size() + " differ from the table");
        TreeSet<String> missing = new TreeSet<>(routes);
        missing.removeAll(matrix.rows().keySet());
        assertThat(missing).as("routes without a row in the role matrix: declare who may call them in the feature's "
                + "MatrixDeclarations (see docs/testing.md)").isEmpty();
        TreeSet<String> stale = new TreeSet<>(matrix.rows().keySet());
        stale.removeAll(routes);
        assertThat(stale).as("rows of the role matrix for routes that no longer exist").isEmpty();
        assertThat(wrong).as("answers that differ from the role matrix (actual table in target/role-matrix-actual.txt)").isEmpty();
    }

    /** Sends one cell, checks it and returns the status. {@code role} null: without a token. */
    private int cell(Row row, String region, String role, int expected, String cell, List<String> wrong) {
        Call call;
        try {
            call = row.call(region, role);
        } catch (RuntimeException e) {
            wrong.add(cell + ": the recipe failed: " + e);
            return 0;
        }
        String before = call.write() && expected >= 400 && call.probe() != null ? probe(call) : null;
        String token = role == null ? null : call.ownSession() ? login(role) : token(role);
        Response answer = send(call, token);
        int status = answer.status();
        if (status / 100 == 2) {
            row.changed(region);
        }
        if (call.after() != null && status / 100 == 2) {
            call.after().run();
        }
        if (call.ownSession() && role != null) {
            tokens.remove(role); // the call may have ended every session of the caller
        }
        if (status != expected) {
            wrong.add(cell + ": expected " + expected + ", got " + status + " " + abbreviate(answer.body()));
            return status;
        }
        if (expected >= 400 && !answer.contentType().contains("application/problem+json")) {
            wrong.add(cell + ": refusal is not problem+json but '" + answer.contentType() + "' " + abbreviate(answer.body()));
        } else if (expected == 403 && (code(answer) == null || !STABLE_CODE.matcher(code(answer)).matches())) {
            wrong.add(cell + ": 403 without a stable code: " + abbreviate(answer.body()));
        }
        if (status == 200 && DOWNLOAD.matcher(call.path()).matches() && !answer.contentType().startsWith(mediaType(call.path()))) {
            wrong.add(cell + ": a download of " + call.path() + " answered as " + answer.contentType());
        }
        if (status / 100 == 2 && role != null && !role.equals("beheerder") && !row.isShared()) {
            String foreign = RoleMatrix.otherRegion(RoleMatrix.ownRegion(role));
            for (String code : members.get(foreign)) {
                if (answer.body().contains("\"" + code + "\"") || answer.body().contains(code + ",")) {
                    wrong.add(cell + ": the answer names " + code + " of the foreign region " + foreign + ": " + abbreviate(answer.body()));
                    break;
                }
            }
        }
        if (call.write() && expected >= 400) {
            if (call.probe() == null) {
                wrong.add(cell + ": a refused write without a probe read to show nothing changed");
            } else {
                String after = probe(call);
                if (!after.equals(before)) {
                    wrong.add(cell + ": the refused write changed " + call.probe() + ": " + abbreviate(before) + " -> " + abbreviate(after));
                }
            }
        }
        return status;
    }

    private String probe(Call call) {
        Response r = api.send("GET", call.probe(), token("beheerder"), null);
        return r.status() + " " + r.body();
    }

    private String token(String role) {
        return tokens.computeIfAbsent(role, this::login);
    }

    private String login(String role) {
        Response r = api.login(role, Api.DEMO_PASSWORD);
        assertThat(r.status()).as("login of " + role + ": " + r.body()).isEqualTo(200);
        return r.text("access_token");
    }

    private Response send(Call call, String token) {
        if (call.file() != null) {
            return api.upload(call.path(), token, "matrix.csv", call.file());
        }
        if (call.method().equals("GET") && DOWNLOAD.matcher(call.path()).matches()) {
            // a download is fetched as the browser does (no Accept header); a refusal must still be problem+json
            Api.Download d = api.download(call.path(), token);
            boolean text = d.contentType().contains("json") || d.contentType().startsWith("text/");
            String body = text ? new String(d.bytes(), StandardCharsets.UTF_8) : "(" + d.bytes().length + " bytes)";
            try {
                return new Response(d.status(), d.contentType(), body,
                        d.contentType().contains("json") ? json.readValue(body, JsonNode.class) : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return api.send(call.method(), call.path(), token, call.body());
    }

    /** The content type a download must have, by its extension. */
    private static String mediaType(String path) {
        String p = path.replaceAll("\\?.*$", "");
        return p.endsWith(".csv") ? "text/csv" : p.endsWith(".pdf") ? "application/pdf" : p.endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    private static String code(Response answer) {
        return answer.json() != null && answer.json().get("code") != null ? answer.text("code") : null;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private List<String> routes() {
        // HEAD is Micronaut's automatic twin of each GET, answered by the same method and its checks
        return router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD)
                .map(r -> r.getHttpMethodName() + " " + r.getUriMatchTemplate()).distinct().sorted().toList();
    }
}
