package nl.thuisplan.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a problem document with a stable code, never a stack trace. */
@MicronautTest(transactional = false)
class ProblemResponseTest extends ApiTest {

    @Inject
    Api api;

    @Test
    void malformedJsonIsABadRequest() {
        Response r = api.send("POST", "/api/v1/auth/login", null, "{\"username\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("code")).isEqualTo("BAD_REQUEST");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at io.");
    }

    @Test
    void anUnknownApiPathIsAProblemNotThePage() {
        Response r = api.send("GET", "/api/v1/does-not-exist", api.token("beheerder"), null, "text/html,application/json");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void aFrontendRouteLoadsTheSinglePageApplication() {
        Response r = api.send("GET", "/regios/MRA", null, null, "text/html");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.body()).containsIgnoringCase("<html");
    }

    @Test
    void theOpenApiDocumentAndItsPageAreServed() {
        Response spec = api.send("GET", "/swagger/thuisplan.yml", null, null, "*/*");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/regions").contains("/municipalities/{code}").contains("/me:");
        Response page = api.send("GET", "/swagger-ui/index.html", null, null, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(api.send("GET", "/swagger-ui/res/swagger-ui-bundle.js", null, null, "*/*").status()).isEqualTo(200);
    }
}
