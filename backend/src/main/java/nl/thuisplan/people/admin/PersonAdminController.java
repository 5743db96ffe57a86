package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;

/**
 * People for the platform beheerder and the regio beheerder (a programme manager with
 * {@code managesPeople}); who may do what to whom: {@link PeoplePolicy}.
 */
@Controller("/api/v1/admin/people")
@ProblemResponses
@Secured({"PLATFORM_ADMIN", "REGION_PROGRAMME_MANAGER"})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Beheer")
class PersonAdminController {

    private final PersonAdminService people;

    PersonAdminController(PersonAdminService people) {
        this.people = people;
    }

    @Get
    @Operation(operationId = "listPeople", summary = "Personen zoeken (beheerder: alle; regio beheerder: die van de eigen regio)")
    PersonPage list(@Nullable @QueryValue @Size(max = 200) String q,
                    @Nullable @QueryValue Long organisationId,
                    @Nullable @QueryValue @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+") String regionCode,
                    @Nullable @QueryValue PersonStatus status,
                    @Nullable @QueryValue @Min(1) @Max(200) Integer limit,
                    @Nullable @QueryValue @Min(0) @Max(1_000_000) Integer offset,
                    Authentication authentication) {
        return people.list(Caller.of(authentication), new PersonQuery(q, organisationId, regionCode, status,
                limit == null ? 50 : limit, offset == null ? 0 : offset));
    }

    @Get("/{id}")
    @Operation(operationId = "getPerson", summary = "Eén persoon met lidmaatschappen, uitnodiging en toegestane acties")
    PersonDetail get(long id, Authentication authentication) {
        return people.detail(Caller.of(authentication), id);
    }

    @Put("/{id}")
    @Operation(operationId = "updatePerson", summary = "Naam en e-mailadres wijzigen (409 VERSION_CONFLICT, EMAIL_TAKEN)")
    PersonDetail update(long id, @Body @Valid PersonChange body, Authentication authentication) {
        return people.edit(Caller.of(authentication), id, body);
    }

    @Post("/{id}/deactivate")
    @Operation(operationId = "deactivatePerson",
            summary = "Persoon deactiveren en alle sessies beëindigen (409 LAST_PLATFORM_ADMIN, VERSION_CONFLICT)")
    PersonDetail deactivate(long id, @Body @Valid PersonVersion body, Authentication authentication) {
        return people.deactivate(Caller.of(authentication), id, body.version());
    }

    @Post("/{id}/activate")
    @Operation(operationId = "activatePerson", summary = "Gedeactiveerde persoon weer activeren")
    PersonDetail activate(long id, @Body @Valid PersonVersion body, Authentication authentication) {
        return people.activate(Caller.of(authentication), id, body.version());
    }

    @Post("/{id}/unlock")
    @Operation(operationId = "unlockPerson", summary = "Een na te veel mislukte pogingen geblokkeerd account vrijgeven")
    PersonDetail unlock(long id, Authentication authentication) {
        return people.unlock(Caller.of(authentication), id);
    }

    @Post("/{id}/password-reset")
    @ApiResponse(responseCode = "202", description = "Link om een nieuw wachtwoord te kiezen gemaakt (gemaild of in het antwoord)", useReturnTypeSchema = true)
    @Operation(operationId = "resetPersonPassword", summary = "Een link voor een nieuw wachtwoord sturen (beheerder)")
    HttpResponse<PersonPasswordReset> resetPassword(long id, Authentication authentication) {
        return HttpResponse.<PersonPasswordReset>status(HttpStatus.ACCEPTED).body(people.resetPassword(Caller.of(authentication), id));
    }

    @Post("/{id}/second-factor/reset")
    @Operation(operationId = "resetPersonSecondFactor", summary = "Tweestapsverificatie van een persoon verwijderen "
            + "(telefoon kwijt); de persoon stelt haar opnieuw in (beheerder)")
    PersonDetail resetSecondFactor(long id, Authentication authentication) {
        return people.resetSecondFactor(Caller.of(authentication), id);
    }
}
