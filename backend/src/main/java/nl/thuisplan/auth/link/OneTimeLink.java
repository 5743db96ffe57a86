package nl.thuisplan.auth.link;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code one_time_link}: the root of {@link OneTimeLinkRepository}, never leaves the package. */
@MappedEntity("one_time_link")
record OneTimeLink(@Id @GeneratedValue Long linkId, String purpose, String tokenHash, long userId, String email,
                   String createdBy, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt) {
}
