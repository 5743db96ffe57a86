package nl.thuisplan.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.notification.ReminderService.Reminders;

/** "Herinnering sturen" for late demand analyses (the programme manager of the region). */
@Controller("/api/v1/regions/{region}/demand-reminders")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meldingen")
class ReminderController {

    /** @param municipalityCode one late gemeente; none: every late gemeente of the year */
    @Serdeable
    record ReminderInput(@Nullable String municipalityCode) {
    }

    private final ReminderService reminders;

    ReminderController(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Post("/{year}")
    @Operation(operationId = "sendDemandReminders", summary = "Een herinnering aan de gemeenten die te laat zijn met de "
            + "vraaganalyse (programmamanager; hooguit één per gemeente per dag: 409 REMINDER_ALREADY_SENT, 409 ANALYSIS_NOT_LATE)")
    Reminders remind(String region, @Min(2000) @Max(2100) int year, @Nullable @Body ReminderInput body, Authentication auth) {
        return reminders.remind(Caller.of(auth), region, year, body == null ? null : body.municipalityCode());
    }
}
