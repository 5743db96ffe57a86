package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A person's password (Argon2id hash) and its lock-out state, apart from the person so that an
 * invited person can exist without one and row-level security keeps it to login and refresh.
 */
@MappedEntity("credential")
public record Credential(@Id Long userId, String passwordHash, int failedLogins, @Nullable Instant lockedUntil,
                         Instant passwordChangedAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
