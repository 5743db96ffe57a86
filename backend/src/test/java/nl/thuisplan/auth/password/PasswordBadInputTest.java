package nl.thuisplan.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.Api.Response;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** A password with a NUL byte or longer than the maximum is refused with 400 problem+json naming the field, never 500. */
@MicronautTest(transactional = false)
class PasswordBadInputTest extends ApiTest {

    private static final String NUL = "Matrix-wachtwoord\\u0000-42";
    private static final String TOO_LONG = "Lang-wachtwoord-".repeat(17); // 272 characters, over PasswordPolicy.MAX_LENGTH

    @Inject
    Api api;

    @Test
    void aNewPasswordWithANulByteIsRefusedWithTheField() {
        // refused while the JSON is read (common.input), before the password policy sees it
        refused(change(Api.DEMO_PASSWORD, NUL), "newPassword", "NUL_CHARACTER");
    }

    @Test
    void aNewPasswordLongerThanTheMaximumIsRefusedWithTheField() {
        assertThat(TOO_LONG.length()).isGreaterThan(PasswordPolicy.MAX_LENGTH);
        refused(change(Api.DEMO_PASSWORD, TOO_LONG), "newPassword", "PASSWORD_TOO_LONG");
    }

    @Test
    void aCurrentPasswordWithANulByteOrTooLongIsAWrongPasswordNotAServerError() {
        for (String current : new String[] {NUL, TOO_LONG}) {
            Response r = change(current, "Matrix-nieuw-wachtwoord-42");
            assertThat(r.status()).as(r.body()).isBetween(400, 499);
            assertThat(r.contentType()).contains("application/problem+json");
        }
        assertThat(api.login("gemeente.diemen", Api.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aLinkPasswordWithANulByteOrTooLongIsNeverAServerError() {
        for (String password : new String[] {NUL, TOO_LONG}) {
            Response r = api.send("POST", "/api/v1/auth/links/onbekend-token/password", null, "{\"password\":\"" + password + "\"}");
            assertThat(r.status()).as(r.body()).isBetween(400, 499);
            assertThat(r.contentType()).contains("application/problem+json");
        }
    }

    @Test
    void aResetRequestWithANulByteInTheAddressIsNeverAServerError() {
        Response r = api.send("POST", "/api/v1/auth/password-reset", null, "{\"email\":\"iemand\\u0000@voorbeeld.nl\"}");
        assertThat(r.status()).as(r.body()).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(r.contentType()).contains("application/problem+json");
        }
    }

    private Response change(String current, String next) {
        return api.send("POST", "/api/v1/me/password", api.token("gemeente.diemen"),
                "{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}");
    }

    private static void refused(Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).contains("application/problem+json");
        assertThat(r.json().get("fields").get(0).get("field").getStringValue()).isEqualTo(field);
        assertThat(r.json().get("fields").get(0).get("code").getStringValue()).isEqualTo(code);
    }
}
