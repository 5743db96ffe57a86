package nl.thuisplan.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The root entity of this package's repositories: one row of {@code notification}; never leaves the package. */
@MappedEntity("notification")
record NotificationRow(int regionId, @Id Long notificationId, long userId, String kind, String title, @Nullable String summary,
                       String link, Instant createdAt, @Nullable Instant readAt, @Nullable Instant mailedAt) {
}
