package nl.thuisplan.auth.sso;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import java.util.List;

/** One configured provider as {@link SsoSettings} wrote it ({@code thuisplan.sso.providers.<key>}). */
@EachProperty("thuisplan.sso.providers")
class SsoProviderProperties {

    private final String key;
    private String issuer;
    private String label;
    private List<String> organisations = List.of();
    private List<String> domains = List.of();

    SsoProviderProperties(@Parameter String key) {
        this.key = key;
    }

    SsoProvider provider() {
        return new SsoProvider(key, issuer, label == null ? key : label, organisations, domains);
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setOrganisations(List<String> organisations) {
        this.organisations = organisations;
    }

    public void setDomains(List<String> domains) {
        this.domains = domains;
    }
}
