package nl.thuisplan.notification;

import jakarta.inject.Singleton;
import nl.thuisplan.support.matrix.MatrixDeclarations;
import nl.thuisplan.support.matrix.RoleMatrix;
import nl.thuisplan.support.matrix.RoleMatrix.Call;

/**
 * The rows of the notifications: a person's own (every role, the same in both scopes: there is no foreign one)
 * and the programme manager's reminder, for a year without a deadline so that nothing is late and nobody told.
 */
@Singleton
class NotificationMatrix implements MatrixDeclarations {

    private static final String ALL_200 = "200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200 | 200 200";

    @Override
    public void declare(RoleMatrix m) {
        m.route("GET /api/v1/me/notifications", ALL_200, s -> Call.get("/api/v1/me/notifications"));
        m.route("GET /api/v1/me/notifications/unread-count", ALL_200, s -> Call.get("/api/v1/me/notifications/unread-count"));
        // no caller has notification 0; another person's answers the same 404 (NotificationsTest)
        m.route("POST /api/v1/me/notifications/{id}/read", "404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404 | 404 404",
                s -> Call.of("POST", "/api/v1/me/notifications/0/read", null).probe("/api/v1/me/notifications/unread-count"));
        m.route("POST /api/v1/me/notifications/read-all", ALL_200,
                s -> Call.of("POST", "/api/v1/me/notifications/read-all", null).probe("/api/v1/me/notifications/unread-count"));
        m.route("GET /api/v1/me/notification-preference", ALL_200, s -> Call.get("/api/v1/me/notification-preference"));
        m.route("PUT /api/v1/me/notification-preference", ALL_200, s -> Call.of("PUT", "/api/v1/me/notification-preference",
                "{\"mail\":\"IMMEDIATE\"}").probe("/api/v1/me/notification-preference"));
        m.route("POST /api/v1/regions/{region}/demand-reminders/{year}", "403 403 | 200 404 | 200 404 | 403 404 | 403 404 | 403 404 | 403 404",
                s -> Call.of("POST", "/api/v1/regions/" + s.region() + "/demand-reminders/2099", "{}")
                        .probe("/api/v1/demand/regions/" + s.region() + "/years/2099"));
    }
}
