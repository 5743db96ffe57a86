package nl.thuisplan.notification;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemResponses;
import nl.thuisplan.notification.NotificationService.NotificationPage;
import nl.thuisplan.notification.NotificationService.Preference;
import nl.thuisplan.notification.NotificationService.UnreadCount;

/** The caller's own notifications (the bell) and its choice of mail; every role has them. */
@Controller("/api/v1/me")
@ProblemResponses
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Meldingen")
class NotificationController {

    @Serdeable
    record PreferenceInput(@Nullable MailPreference mail) {
    }

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Get("/notifications")
    @Operation(operationId = "listMyNotifications", summary = "Mijn meldingen, nieuwste eerst, met het aantal ongelezen")
    NotificationPage list(@QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size, Authentication auth) {
        return notifications.page(Caller.of(auth), page, size);
    }

    @Get("/notifications/unread-count")
    @Operation(operationId = "countMyUnreadNotifications", summary = "Het aantal ongelezen meldingen (voor het belletje)")
    UnreadCount unread(Authentication auth) {
        return notifications.unread(Caller.of(auth));
    }

    @Post("/notifications/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Een melding gelezen; 404 als het niet de eigen melding is")
    UnreadCount markRead(long id, Authentication auth) {
        return notifications.markRead(Caller.of(auth), id);
    }

    @Post("/notifications/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Alle eigen meldingen gelezen")
    UnreadCount markAllRead(Authentication auth) {
        return notifications.markAllRead(Caller.of(auth));
    }

    @Get("/notification-preference")
    @Operation(operationId = "getMyNotificationPreference",
            summary = "Hoe ik meldingen per e-mail krijg: IMMEDIATE (direct, standaard), DAILY_DIGEST of OFF")
    Preference preference(Authentication auth) {
        return notifications.preference(Caller.of(auth));
    }

    @Put("/notification-preference")
    @Operation(operationId = "setMyNotificationPreference", summary = "Kiezen hoe ik meldingen per e-mail krijg")
    Preference setPreference(@Body PreferenceInput body, Authentication auth) {
        return notifications.setPreference(Caller.of(auth), body.mail());
    }
}
