package nl.thuisplan.auth.sso;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.thuisplan.auth.browser.ProviderLogout;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): for a session that started through a
 * provider, the address of the provider's {@code end_session_endpoint} (from its discovery document) with
 * {@code id_token_hint}, {@code client_id} and {@code post_logout_redirect_uri} (Thuisplan's login page).
 * The logout endpoint ends Thuisplan's own session and then sends the browser there; this call forgets the
 * session's ID token, so it works once. Empty for a password session, or a provider without end-session
 * support. The operator registers {@code <base>/login} as a post-logout redirect URI at the provider.
 */
@Singleton
public class SsoLogout implements ProviderLogout {

    private final SsoIdentityRepository identities;
    private final BeanContext beans;
    private final HttpHostResolver hosts;
    private final TenantTransactions tx;

    SsoLogout(SsoIdentityRepository identities, BeanContext beans, HttpHostResolver hosts, TenantTransactions tx) {
        this.identities = identities;
        this.beans = beans;
        this.hosts = hosts;
        this.tx = tx;
    }

    /** @param sessionId the session's id (claim {@code sid} of its access token) */
    public Optional<URI> endSessionUrl(String sessionId, HttpRequest<?> request) {
        record Started(String provider, String idToken) {
        }
        Optional<Started> started = tx.write(Scope.SYSTEM, () -> {
            Optional<Started> s = identities.sessionProvider(sessionId)
                    .flatMap(p -> identities.sessionIdToken(sessionId).map(t -> new Started(p, t)));
            s.ifPresent(x -> identities.endSession(sessionId));
            return s;
        });
        return started.flatMap(s -> beans.findBean(OpenIdProviderMetadata.class, Qualifiers.byName(s.provider()))
                .flatMap(metadata -> Optional.ofNullable(metadata.getEndSessionEndpoint())
                        .map(endpoint -> URI.create(endpoint + (endpoint.contains("?") ? "&" : "?")
                                + "id_token_hint=" + enc(s.idToken())
                                + "&post_logout_redirect_uri=" + enc(hosts.resolve(request) + "/login")
                                + clientId(s.provider())))));
    }

    /** The browser logout's hook ({@code DELETE /api/v1/auth/session}): the address as text, or null. */
    @Override
    @Nullable
    public String endSessionUrl(HttpRequest<?> request, @Nullable String sessionId) {
        return sessionId == null ? null : endSessionUrl(sessionId, request).map(URI::toString).orElse(null);
    }

    private String clientId(String provider) {
        return beans.findBean(io.micronaut.security.oauth2.configuration.OauthClientConfiguration.class, Qualifiers.byName(provider))
                .map(c -> "&client_id=" + enc(c.getClientId())).orElse("");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
