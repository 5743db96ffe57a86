package nl.thuisplan.auth.sso;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.AudienceJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.IssuerJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Replaces Micronaut's issuer and audience validators, which every JWT passes, because two kinds of JWT
 * pass them now: Thuisplan's own access tokens (iss {@code thuisplan}, aud {@code thuisplan-api}) on every
 * request, and a provider's ID token while the OIDC callback validates it. Only on the callback, and only
 * from a configured issuer, is a foreign token let through here; Micronaut's OpenID validators then check
 * its issuer against the provider's discovery document, its audience against the client id and its nonce.
 * Anywhere else the rule is exactly the old one, so a provider's token can never stand in for a Thuisplan
 * bearer token (its signature would verify against the provider's JWKS, its issuer does not).
 */
@Singleton
@Replaces(IssuerJwtClaimsValidator.class)
class TokenClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    static final String CALLBACK_PREFIX = "/api/v1/auth/oidc/callback/";

    private final String issuer;
    private final String audience;
    private final SsoProviders providers;

    TokenClaimsValidator(@Value("${micronaut.security.token.jwt.claims-validators.issuer}") String issuer,
                         @Value("${micronaut.security.token.jwt.claims-validators.audience}") String audience,
                         SsoProviders providers) {
        this.issuer = issuer;
        this.audience = audience;
        this.providers = providers;
    }

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable T request) {
        Object iss = claims.get(Claims.ISSUER);
        if (onCallback(request) && providers.isIssuer(iss)) {
            return true;
        }
        return issuer.equals(iss) && hasAudience(claims.get(Claims.AUDIENCE));
    }

    private boolean hasAudience(Object aud) {
        if (aud instanceof Collection<?> list) {
            return list.stream().anyMatch(a -> audience.equals(String.valueOf(a)));
        }
        return aud != null && audience.equals(aud.toString());
    }

    /** The OIDC response validator passes no request for its second look; the request in hand is the callback's then. */
    private static boolean onCallback(@Nullable Object request) {
        Object r = request != null ? request : ServerRequestContext.currentRequest().orElse(null);
        return r instanceof HttpRequest<?> http && http.getPath().startsWith(CALLBACK_PREFIX);
    }

    /** Takes the audience validator's place too: this one checks both. */
    @Singleton
    @Replaces(AudienceJwtClaimsValidator.class)
    static class NoSeparateAudience<T> implements GenericJwtClaimsValidator<T> {
        @Override
        public boolean validate(@NonNull Claims claims, @Nullable T request) {
            return true;
        }
    }
}
