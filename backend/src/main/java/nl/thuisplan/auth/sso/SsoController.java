package nl.thuisplan.auth.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.ProblemResponses;

/**
 * What the login page needs to offer "Inloggen met uw organisatie": the configured providers with their
 * button text and login address, and for a typed e-mail address the provider whose approved domain it is.
 * Anonymous, and it says nothing about persons: only what the operator configured.
 */
@Controller("/api/v1/auth/sso")
@ProblemResponses
@Tag(name = "Inloggen")
class SsoController {

    @Serdeable
    record SsoProviderView(String key, String label, String loginUrl) {
    }

    /** {@code match}: the key of the provider for the address's domain, or null (then the page shows every button). */
    @Serdeable
    record SsoOptions(List<SsoProviderView> providers, @Nullable String match, @Nullable String matchLoginUrl) {
    }

    private final SsoProviders providers;

    SsoController(SsoProviders providers) {
        this.providers = providers;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirement(name = "")
    @Operation(operationId = "getSsoOptions", summary = "De identity providers waarmee men kan inloggen (knoptekst en "
            + "inlogadres) en, bij een e-mailadres, de provider van het domein daarvan")
    SsoOptions options(@Nullable @QueryValue String email) {
        List<SsoProviderView> all = providers.all().stream()
                .map(p -> new SsoProviderView(p.key(), p.label(), p.loginPath())).toList();
        if (email == null || email.isBlank()) {
            return new SsoOptions(all, null, null);
        }
        String address = email.trim();
        if (address.length() > LoginHint.MAX || address.indexOf('\0') >= 0 || !address.contains("@")) {
            throw ProblemException.badInput("email", "EMAIL_INVALID", "Vul een geldig e-mailadres in.");
        }
        List<SsoProvider> matching = providers.forEmail(address);
        if (matching.size() != 1) {
            return new SsoOptions(all, null, null);
        }
        SsoProvider p = matching.get(0);
        return new SsoOptions(all, p.key(),
                p.loginPath() + "?login_hint=" + URLEncoder.encode(address, StandardCharsets.UTF_8));
    }
}
