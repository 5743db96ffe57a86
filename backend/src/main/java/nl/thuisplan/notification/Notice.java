package nl.thuisplan.notification;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.function.Function;
import nl.thuisplan.notification.AudienceRepository.Recipient;

/**
 * One notification to write for several people: the same kind, title and summary, a link that may differ
 * per person (a deadline links each gemeente to its own analysis).
 */
record Notice(int regionId, NotificationKind kind, String title, @Nullable String summary, List<Recipient> recipients,
              Function<Recipient, String> link) {

    static Notice to(int regionId, NotificationKind kind, String title, @Nullable String summary, List<Recipient> recipients,
                     String link) {
        return new Notice(regionId, kind, title, summary, recipients, r -> link);
    }
}
