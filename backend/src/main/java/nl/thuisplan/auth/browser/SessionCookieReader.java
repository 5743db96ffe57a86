package nl.thuisplan.auth.browser;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the access token from the {@code thuisplan_access} cookie. Micronaut Security's own
 * {@code CookieTokenReader} exists only when {@code micronaut.security.authentication} is {@code cookie} or
 * {@code idtoken} (its condition {@code CookieBasedAuthenticationModeCondition}); this application stays in
 * {@code bearer} mode for API clients, so it reads the cookie itself. A request with an
 * {@code Authorization} header is a bearer request and its cookies are ignored: exactly one credential
 * decides, and {@link CsrfFilter} can exempt bearer requests without a cookie riding along.
 */
@Singleton
class SessionCookieReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(SessionCookies.ACCESS).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** After the bearer header's reader. */
    @Override
    public int getOrder() {
        return 10;
    }
}
