package nl.thuisplan.auth.browser;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.thuisplan.auth.LoginCredentials;
import nl.thuisplan.common.ProblemResponses;

/**
 * The browser's login, refresh and logout (backend for frontend). The tokens travel only in HttpOnly
 * cookies ({@link SessionCookies}); the page never sees them. API clients of other systems keep
 * {@code POST /api/v1/auth/login} and bearer tokens. All three are anonymous routes: the login has no
 * session yet, and refresh and logout must work after the access token has expired (their credential is
 * the refresh cookie). Refresh and logout are state-changing requests with cookies, so {@link CsrfFilter}
 * asks them for the {@code X-CSRF-Token} header.
 */
@Controller("/api/v1/auth/session")
@ProblemResponses
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Inloggen")
class BrowserSessionController {

    /**
     * The answer to a logout. {@code endSessionUrl}: where the browser must go next to end the identity
     * provider's session too (RP-initiated logout, filled in by a {@link ProviderLogout}); null for a
     * password session, and then the page shows its own login page.
     */
    @Serdeable
    record LogoutAnswer(@Nullable String endSessionUrl) {
    }

    /**
     * The login's body. Its own record rather than {@link LoginCredentials} itself, so the API description
     * shows the three fields with their limits (the credentials class also exposes Micronaut's
     * {@code identity}/{@code secret} getters); it becomes a {@link LoginCredentials}, code included, for the
     * authenticator.
     */
    @Serdeable
    record BrowserLoginRequest(@NotBlank @Size(max = BrowserLogin.MAX_USERNAME) String username,
                               @NotBlank @Size(max = BrowserLogin.MAX_PASSWORD) String password,
                               @Nullable @Size(max = BrowserLogin.MAX_CODE) String code) {
        LoginCredentials credentials() {
            return new LoginCredentials(username, password, code == null || code.isBlank() ? null : code.trim());
        }
    }

    private final BrowserLogin sessions;

    BrowserSessionController(BrowserLogin sessions) {
        this.sessions = sessions;
    }

    @Post
    @ApiResponse(responseCode = "204", description = "Ingelogd: de sessiecookies zijn gezet (thuisplan_access, "
            + "thuisplan_refresh, thuisplan_csrf)")
    @ApiResponse(responseCode = "401", description = "Onjuiste gegevens (LOGIN_FAILED)")
    @ApiResponse(responseCode = "429", description = "Te veel mislukte pogingen vanaf dit adres (LOGIN_THROTTLED)")
    @Operation(operationId = "startBrowserSession", summary = "Inloggen in de browser: naam, wachtwoord en zo nodig "
            + "de code van de tweede factor; de tokens komen in HttpOnly-cookies, niet in het antwoord")
    MutableHttpResponse<Void> login(HttpRequest<?> request, @Body @Valid BrowserLoginRequest body) {
        return sessions.login(request, body.credentials());
    }

    @Post("/refresh")
    @ApiResponse(responseCode = "204", description = "Vernieuwd: nieuwe sessiecookies gezet")
    @ApiResponse(responseCode = "401", description = "Sessie verlopen, ingetrokken of een oud token hergebruikt "
            + "(REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED); de cookies worden gewist")
    @Operation(operationId = "refreshBrowserSession", summary = "De browsersessie vernieuwen met het refresh-cookie "
            + "(elk refresh token werkt één keer)")
    MutableHttpResponse<?> refresh(HttpRequest<?> request,
                                   @Nullable @CookieValue(SessionCookies.REFRESH) String refreshToken) {
        return sessions.refresh(request, refreshToken);
    }

    @Delete
    @ApiResponse(responseCode = "200", description = "Uitgelogd (ook als er geen sessie meer was); de cookies zijn gewist")
    @Operation(operationId = "endBrowserSession", summary = "Uitloggen in de browser: de sessie van het refresh-cookie "
            + "wordt beëindigd en de cookies gewist")
    MutableHttpResponse<LogoutAnswer> logout(HttpRequest<?> request,
                                             @Nullable @CookieValue(SessionCookies.REFRESH) String refreshToken) {
        return sessions.logout(request, refreshToken);
    }
}
