package nl.thuisplan.region;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Every role sees exactly its scope through the API, and is refused (404, no existence leak)
 * outside it, across regions and municipalities.
 */
@MicronautTest(transactional = false)
class ScopeAccessTest extends ApiTest {

    @Inject
    Api api;

    @Test
    void municipalityOfficerSeesOnlyItsOwnMunicipalityAndRegion() {
        assertThat(codes(api.getAs("gemeente.amsterdam", "/api/v1/regions"))).containsExactly("MRA");
        assertThat(codes(api.getAs("gemeente.amsterdam", "/api/v1/municipalities"))).containsExactly("GM0363");
        assertThat(api.getAs("gemeente.amsterdam", "/api/v1/municipalities/GM0363").status()).isEqualTo(200);
    }

    @Test
    void municipalityOfficerIsRefusedNeighboursAndOtherRegions() {
        assertNotFound(api.getAs("gemeente.amsterdam", "/api/v1/municipalities/GM0384")); // Diemen, same region
        assertNotFound(api.getAs("gemeente.amsterdam", "/api/v1/municipalities/GM0153")); // Enschede
        assertNotFound(api.getAs("gemeente.amsterdam", "/api/v1/regions/ENS"));
        // its own region shows only its own row, not the neighbours'
        Response mra = api.getAs("gemeente.amsterdam", "/api/v1/regions/MRA");
        assertThat(codes(mra.json().get("municipalities"))).containsExactly("GM0363");
    }

    @Test
    void regionManagerSeesAllOfItsRegionAndNothingElse() {
        assertThat(codes(api.getAs("regio.mra", "/api/v1/regions"))).containsExactly("MRA");
        Response mra = api.getAs("regio.mra", "/api/v1/regions/MRA");
        assertThat(mra.json().get("municipalities").size()).isEqualTo(30);
        assertThat(mra.json().get("subregions").size()).isEqualTo(7);
        assertThat(codes(api.getAs("regio.mra", "/api/v1/municipalities"))).hasSize(30).contains("GM0384").doesNotContain("GM0153");
        assertNotFound(api.getAs("regio.mra", "/api/v1/regions/GMR"));
        assertNotFound(api.getAs("regio.mra", "/api/v1/municipalities/GM0153"));
        assertNotFound(api.getAs("regio.ens", "/api/v1/municipalities/GM0363"));
    }

    @Test
    void provinceAnalystSeesItsProvincesMunicipalitiesAndTheirRegions() {
        assertThat(codes(api.getAs("provincie.overijssel", "/api/v1/regions"))).containsExactly("ENS");
        assertThat(codes(api.getAs("provincie.overijssel", "/api/v1/municipalities"))).hasSize(8);
        assertNotFound(api.getAs("provincie.overijssel", "/api/v1/regions/MRA"));

        // Limburg: all of Parkstad, and of the Groene Metropoolregio only Mook en Middelaar
        assertThat(codes(api.getAs("provincie.limburg", "/api/v1/regions"))).containsExactly("GMR", "PSL");
        Response gmr = api.getAs("provincie.limburg", "/api/v1/regions/GMR");
        assertThat(codes(gmr.json().get("municipalities"))).containsExactly("GM0944");
        assertNotFound(api.getAs("provincie.limburg", "/api/v1/municipalities/GM0268")); // Nijmegen, Gelderland
    }

    @Test
    void platformAdminSeesEverything() {
        assertThat(codes(api.getAs("beheerder", "/api/v1/regions"))).containsExactly("ENS", "GMR", "GRO", "HGL", "MRA", "PSL");
        assertThat(codes(api.getAs("beheerder", "/api/v1/municipalities"))).hasSize(83);
    }

    @Test
    void refusedWritesChangeNothing() {
        int before = membershipCount();
        for (String user : List.of("gemeente.amsterdam", "regio.ens", "provincie.overijssel")) {
            String token = api.token(user);
            assertThat(api.send("DELETE", "/api/v1/regions/MRA", token, null).status()).isBetween(403, 405);
            assertThat(api.send("PUT", "/api/v1/municipalities/GM0363", token, "{\"name\":\"X\"}").status()).isBetween(403, 405);
            assertThat(api.send("POST", "/api/v1/regions", token, "{\"code\":\"XX\"}").status()).isBetween(403, 405);
        }
        assertThat(membershipCount()).isEqualTo(before);
    }

    @Test
    void everyApiEndpointRefusesAnonymousCallers() {
        for (String path : List.of("/api/v1/me", "/api/v1/regions", "/api/v1/regions/MRA", "/api/v1/municipalities",
                "/api/v1/municipalities/GM0363")) {
            Response r = api.get(path, null);
            assertThat(r.status()).as(path).isEqualTo(401);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.text("code")).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(api.get("/api/v1/regions", "not-a-token").status()).isEqualTo(401);
    }

    private static void assertNotFound(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("NOT_FOUND");
    }

    private static List<String> codes(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return codes(r.json());
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array.values()) {
            out.add(n.get("code").getStringValue());
        }
        return out;
    }

    private static int membershipCount() {
        try (var c = TestDatabase.ownerRole().getConnection(); var s = c.createStatement()) {
            s.execute("begin");
            s.execute("select set_config('thuisplan.regions', '*', true), set_config('thuisplan.municipalities', '*', true)");
            try (var rs = s.executeQuery("select count(*) from region_membership")) {
                rs.next();
                int n = rs.getInt(1);
                s.execute("commit");
                return n;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
