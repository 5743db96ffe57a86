package nl.thuisplan.auth.session;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.UUID;
import nl.thuisplan.common.DatabaseUnavailable;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * An access token is only as good as its session: on every request (bearer header or browser cookie)
 * the token's session ({@code sid}) must still stand and its person be active, so a logout, a revoked
 * session ("alle sessies beëindigen", reuse detection) or a deactivated person takes effect on the very
 * next request instead of when the token expires up to 15 minutes later. A token of this application
 * without a session id is not one it issued for a login and is refused. An identity provider's ID token,
 * which the OIDC callback validates through the same validators, belongs to no Thuisplan session yet and is
 * left to {@code TokenClaimsValidator}, which lets a foreign issuer through on that callback only. A refused token leaves the request
 * anonymous (a secured endpoint answers 401, the login still works).
 *
 * <p>Micronaut Security runs claims validators off the event loop (its {@code JwtTokenValidator}
 * subscribes on the blocking executor), so the one indexed look-up here blocks no I/O thread.
 */
@Singleton
class SessionLiveness implements GenericJwtClaimsValidator<HttpRequest<?>> {

    private final SessionTokenRepository tokens;
    private final TenantTransactions tx;
    private final String issuer;

    SessionLiveness(SessionTokenRepository tokens, TenantTransactions tx,
                    @Value("${micronaut.security.token.jwt.claims-validators.issuer}") String issuer) {
        this.tokens = tokens;
        this.tx = tx;
        this.issuer = issuer;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        if (!issuer.equals(claims.get(Claims.ISSUER))) {
            return true;
        }
        Object session = claims.get(RefreshTokens.SESSION_ID);
        Object subject = claims.get(Claims.SUBJECT);
        if (session == null || subject == null || !isUuid(session.toString())) {
            return false;
        }
        try {
            return tx.read(Scope.SYSTEM, () -> tokens.sessionStands(subject.toString(), session.toString()));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                // the endpoint cannot serve anything now either and answers 503 DATABASE_UNAVAILABLE itself,
                // rather than a 401 that would send every browser to the login page during an outage
                return true;
            }
            throw e;
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
