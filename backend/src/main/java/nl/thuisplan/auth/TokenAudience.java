package nl.thuisplan.auth;

import io.micronaut.security.token.claims.ClaimsAudienceProvider;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The {@code aud} of every access token Thuisplan issues. With {@code iss} (the application's name)
 * it is checked on every request ({@code micronaut.security.token.jwt.claims-validators}), so a token
 * signed with the same key for another purpose — a refresh token, whose payload carries no claims, or
 * a token of another application sharing the secret — is not accepted as an access token.
 */
@Singleton
class TokenAudience implements ClaimsAudienceProvider {

    static final String API = "thuisplan-api";

    @Override
    public List<String> audience() {
        return List.of(API);
    }
}
