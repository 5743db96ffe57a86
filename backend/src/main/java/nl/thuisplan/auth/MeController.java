package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.common.ProblemResponses;

@Controller("/api/me")
@ProblemResponses
@Tag(name = "Authenticatie")
class MeController {

    @Serdeable
    record NamedRef(String code, String name) {
        static NamedRef of(@Nullable Caller.Named n) {
            return n == null ? null : new NamedRef(n.code(), n.name());
        }
    }

    @Serdeable
    record MeResponse(String username, String displayName, Role role,
                      @Nullable NamedRef region, @Nullable NamedRef municipality, @Nullable NamedRef province) {
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(operationId = "getMe", summary = "De ingelogde gebruiker: rol en bereik (regio, gemeente of provincie)")
    MeResponse me(Authentication authentication) {
        Caller c = Caller.of(authentication);
        return new MeResponse(c.username(), c.displayName(), c.role(),
                NamedRef.of(c.region()), NamedRef.of(c.municipality()), NamedRef.of(c.province()));
    }
}
