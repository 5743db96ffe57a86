package nl.thuisplan.demand;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * A year without an analysis answers 404 with the workflow's {@code allowedActions}, so the client
 * offers "start" without role rules of its own; the POST that starts it follows the same decision.
 */
@MicronautTest(transactional = false)
class DemandStartActionsTest extends ApiTest {

    private static final int YEAR = 2072;
    private static final String DIEMEN = "/api/v1/demand/municipalities/GM0384/years/" + YEAR;

    @Inject
    Api api;

    @Test
    void theMunicipalitysOwnOfficerMayStartAndThenStarts() {
        Response missing = api.getAs("gemeente.diemen", DIEMEN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("NOT_FOUND");
        assertThat(Api.allowedActions(missing.json())).containsExactly("START");

        Response started = api.send("POST", DIEMEN, api.token("gemeente.diemen"), null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(api.getAs("gemeente.diemen", DIEMEN).status()).isEqualTo(200);
    }

    @Test
    void theProgrammeManagerSeesTheYearIsMissingButMayNotStartIt() {
        String path = "/api/v1/demand/municipalities/GM0363/years/" + YEAR;
        Response missing = api.getAs("regio.mra", path);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("NOT_FOUND");
        assertThat(missing.json().get("allowedActions").isArray()).isTrue();
        assertThat(Api.allowedActions(missing.json())).isEmpty();

        Response refused = api.send("POST", path, api.token("regio.mra"), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void anOfficerOfAnotherMunicipalityGetsNoActionsAndCannotStart() {
        String path = "/api/v1/demand/municipalities/GM0358/years/" + YEAR; // Aalsmeer, not Amsterdam's own
        Response missing = api.getAs("gemeente.amsterdam", path);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text("code")).isEqualTo("NOT_FOUND");
        // outside its scope the municipality itself is "not found": no actions, not even an empty list
        assertThat(missing.json().get("allowedActions")).isNull();

        Response refused = api.send("POST", path, api.token("gemeente.amsterdam"), null);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(api.getAs("regio.mra", path).status()).isEqualTo(404);
    }
}
