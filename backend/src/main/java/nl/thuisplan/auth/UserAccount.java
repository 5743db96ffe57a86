package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("app_user")
public record UserAccount(
        @Id @GeneratedValue Long userId,
        String username,
        String displayName,
        String passwordHash,
        Role role,
        @Nullable Integer regionId,
        @Nullable String municipalityCode,
        @Nullable String provinceCode,
        boolean active,
        int failedLogins,
        @Nullable Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
