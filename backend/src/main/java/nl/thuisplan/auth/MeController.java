package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.people.OrganisationKind;

@Controller("/api/v1/me")
@ProblemResponses
@Tag(name = "Authenticatie")
class MeController {

    private final ActiveMemberships memberships;

    MeController(ActiveMemberships memberships) {
        this.memberships = memberships;
    }

    @Serdeable
    record NamedRef(String code, String name) {
        static NamedRef of(@Nullable Caller.Named n) {
            return n == null ? null : new NamedRef(n.code(), n.name());
        }

        static NamedRef of(@Nullable String code, @Nullable String name) {
            return code == null ? null : new NamedRef(code, name);
        }
    }

    @Serdeable
    record OrganisationRef(long id, String name, OrganisationKind kind) {
    }

    /** One of the person's memberships; the switcher offers those active today. */
    @Serdeable
    record MembershipView(long id, OrganisationRef organisation, Role role, @Nullable NamedRef region,
                          @Nullable NamedRef municipality, @Nullable NamedRef province, boolean managesPeople,
                          LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @Serdeable
    record MeResponse(String username, String displayName, Role role,
                      @Nullable NamedRef region, @Nullable NamedRef municipality, @Nullable NamedRef province,
                      @Nullable Long activeMembershipId, List<MembershipView> memberships) {
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "getMe", summary = "De ingelogde persoon: rol en bereik van het actieve lidmaatschap, en al zijn lidmaatschappen")
    MeResponse me(Authentication authentication) {
        Caller c = Caller.of(authentication);
        return new MeResponse(c.username(), c.displayName(), c.role(),
                NamedRef.of(c.region()), NamedRef.of(c.municipality()), NamedRef.of(c.province()),
                c.membershipId(), membershipsOf(c.username()));
    }

    private List<MembershipView> membershipsOf(String username) {
        return memberships.describedOf(username).stream().map(d -> new MembershipView(d.membershipId(),
                new OrganisationRef(d.organisationId(), d.organisationName(), d.organisationKind()), d.role(),
                NamedRef.of(d.regionCode(), d.regionName()), NamedRef.of(d.municipalityCode(), d.municipalityName()),
                NamedRef.of(d.provinceCode(), d.provinceName()), d.managesPeople(), d.validFrom(), d.validTo())).toList();
    }
}
