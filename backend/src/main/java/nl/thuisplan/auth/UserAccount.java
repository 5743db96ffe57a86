package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A person: a row of {@code app_user} (the table kept its name). What the person may do comes from
 * its memberships ({@link Membership}); its password, if it has one yet, from {@link Credential}.
 * A person is never deleted, only deactivated, so the audit keeps its name.
 */
@MappedEntity("app_user")
public record UserAccount(
        @Id @GeneratedValue Long userId,
        String username,
        String displayName,
        @Nullable String email,
        boolean active,
        @Nullable Instant lastLoginAt,
        @Nullable Instant deactivatedAt,
        boolean demo) {
}
