package nl.thuisplan.auth.sso;

import io.micronaut.context.BeanContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.oauth2.client.OpenIdProviderMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut reads a provider's discovery document the first time its client is needed, with a blocking
 * HTTP call, which it refuses on the event loop the login and callback routes run on. This filter, on a
 * worker thread, has the document read first (once; Micronaut keeps it), and sends the browser back to the
 * login page with {@link SsoCode#SSO_FAILED} when the provider cannot be reached, instead of a 500.
 */
@ServerFilter("/api/v1/auth/oidc/**")
class ProviderDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderDiscovery.class);

    private final SsoProviders providers;
    private final BeanContext beans;

    ProviderDiscovery(SsoProviders providers, BeanContext beans) {
        this.providers = providers;
        this.beans = beans;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> discover(HttpRequest<?> request) {
        String path = request.getPath();
        String key = path.substring(path.lastIndexOf('/') + 1);
        if (providers.byKey(key).isEmpty()) {
            return null; // not a provider: Micronaut answers 404 or 401 as for any unknown route
        }
        try {
            beans.getBean(OpenIdProviderMetadata.class, Qualifiers.byName(key));
            return null;
        } catch (RuntimeException e) {
            LOG.warn("SSO provider {} cannot be reached for its discovery document: {}", key, e.getMessage());
            return SsoLoginHandler.failed(SsoCode.SSO_FAILED);
        }
    }
}
