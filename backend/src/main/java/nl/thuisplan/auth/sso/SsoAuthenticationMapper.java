package nl.thuisplan.auth.sso;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.Collection;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * Micronaut calls this for every provider once the ID token is validated (signature against the provider's
 * JWKS, issuer, audience, expiry, nonce). It replaces Micronaut's default mapper, which would make the
 * provider's subject the user name with the provider's claims as attributes: here the person and everything
 * they may do come from Thuisplan ({@link SsoIdentities}). The database work runs off the event loop.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class SsoAuthenticationMapper implements OpenIdAuthenticationMapper {

    private static final int GROUPS_HINT = 1000;

    private final SsoProviders providers;
    private final SsoIdentities identities;

    private final ExecutorService blocking;

    SsoAuthenticationMapper(SsoProviders providers, SsoIdentities identities, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.providers = providers;
        this.identities = identities;
        this.blocking = blocking;
    }

    @Override
    @NonNull
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String providerName, OpenIdTokenResponse tokenResponse,
                                                                         OpenIdClaims claims, @Nullable State state) {
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(() -> providers.byKey(providerName)
                        .map(provider -> identities.login(provider, new SsoIdentities.Claims(claims.getIssuer(), claims.getSubject(),
                                claims.getEmail(), claims.isEmailVerified(), claims.getName(), groups(claims.get("groups")),
                                tokenResponse.getIdToken())))
                        .orElseGet(() -> AuthenticationResponse.failure(SsoCode.SSO_UNKNOWN_ISSUER.name())), blocking));
    }

    private static String groups(Object claim) {
        if (claim == null) {
            return null;
        }
        String text = claim instanceof Collection<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.joining(", ")) : claim.toString();
        return text.length() > GROUPS_HINT ? text.substring(0, GROUPS_HINT) : text;
    }
}
