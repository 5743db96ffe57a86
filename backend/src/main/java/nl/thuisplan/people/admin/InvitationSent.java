package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * The invited person and the invitation: {@code link} only when no mail went out (no SMTP
 * configured), so the beheerder can pass it on.
 */
@Serdeable
public record InvitationSent(PersonDetail person, Link invitation) {

    @Serdeable
    public record Link(OffsetDateTime expiresAt, boolean mailed, @Nullable String link) {
    }
}
