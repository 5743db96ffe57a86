package nl.thuisplan.targetgroup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** A region adds its own groups and switches national ones off without affecting other regions. */
@MicronautTest(transactional = false)
class TargetGroupTest extends ApiTest {

    @Inject
    Api api;

    @Test
    void everyRegionStartsWithTheNationalCatalogue() {
        Response groups = api.getAs("gemeente.enschede", "/api/v1/regions/ENS/target-groups");
        assertThat(groups.json().size()).isEqualTo(17);
        assertThat(api.getAs("beheerder", "/api/v1/housing-forms").json().size()).isEqualTo(6);
    }

    @Test
    void aRegionsOwnGroupAndSwitchesStayInThatRegion() {
        Response added = api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("regio.gro"),
                "{\"name\":\"Oekraïense ontheemden\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.text("code")).isEqualTo("eigen_oekraiense_ontheemden");
        assertThat(added.json().get("national").getBooleanValue()).isFalse();
        assertThat(api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("regio.gro"),
                "{\"name\":\"oekraïense ontheemden\"}").text("code")).isEqualTo("TARGET_GROUP_EXISTS");

        Response off = api.send("PATCH", "/api/v1/regions/GRO/target-groups/studenten", api.token("regio.gro"),
                "{\"active\":false,\"version\":0}");
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        assertThat(off.json().get("active").getBooleanValue()).isFalse();
        assertThat(api.send("PATCH", "/api/v1/regions/GRO/target-groups/studenten", api.token("regio.gro"),
                "{\"active\":true,\"version\":0}").text("code")).isEqualTo("VERSION_CONFLICT");

        assertThat(active(api.getAs("regio.gro", "/api/v1/regions/GRO/target-groups"), "studenten")).isFalse();
        assertThat(active(api.getAs("regio.psl", "/api/v1/regions/PSL/target-groups"), "studenten")).isTrue();
        assertThat(api.getAs("regio.psl", "/api/v1/regions/PSL/target-groups").body()).doesNotContain("ontheemden");
    }

    @Test
    void onlyTheRegionsProgrammeManagerChangesItsList() {
        String body = "{\"name\":\"Test groep\"}";
        assertThat(api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("gemeente.groningen"), body).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("provincie.groningen"), body).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("regio.mra"), body).status()).isEqualTo(404);
        assertThat(api.send("PATCH", "/api/v1/regions/GRO/target-groups/dakloos", api.token("regio.ens"),
                "{\"active\":false,\"version\":0}").status()).isEqualTo(404);
        assertThat(api.send("POST", "/api/v1/regions/GRO/target-groups", api.token("regio.gro"), "{\"name\":\"\"}").status())
                .isEqualTo(400);
        assertThat(api.getAs("regio.gro", "/api/v1/regions/GRO/target-groups").body()).doesNotContain("Test groep");
    }

    private static boolean active(Response list, String code) {
        for (JsonNode g : list.json().values()) {
            if (g.get("code").getStringValue().equals(code)) {
                return g.get("active").getBooleanValue();
            }
        }
        throw new AssertionError(code);
    }
}
