package nl.thuisplan.auth.sso;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The providers the operator configured, by key. */
@Singleton
class SsoProviders {

    private final List<SsoProvider> providers;

    SsoProviders(List<SsoProviderProperties> configured) {
        this.providers = configured.stream().map(SsoProviderProperties::provider)
                .sorted(Comparator.comparing(SsoProvider::label)).toList();
    }

    List<SsoProvider> all() {
        return providers;
    }

    Optional<SsoProvider> byKey(String key) {
        return providers.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    boolean isIssuer(Object issuer) {
        return issuer != null && providers.stream().anyMatch(p -> p.issuer().equals(issuer.toString()));
    }

    /** The providers whose approved domains hold this address's domain. */
    List<SsoProvider> forEmail(String email) {
        return providers.stream().filter(p -> p.approves(email)).toList();
    }
}
