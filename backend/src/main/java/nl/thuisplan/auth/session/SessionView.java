package nl.thuisplan.auth.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One active session (a login and its refreshes) as the person or the beheerder sees it: when it
 * started, its last refresh, when it ends at the latest, the browser (cut short), and whether it is
 * the session the question was asked with (the access token's {@code sid}).
 */
@Serdeable
public record SessionView(String sessionId, OffsetDateTime startedAt, OffsetDateTime lastUsedAt, OffsetDateTime expiresAt,
                          @Nullable String userAgent, boolean current) {

    static SessionView of(SessionTokenRepository.Family f, @Nullable String currentSession) {
        return new SessionView(f.familyId(), f.startedAt().atOffset(ZoneOffset.UTC), f.lastUsedAt().atOffset(ZoneOffset.UTC),
                f.expiresAt().atOffset(ZoneOffset.UTC), f.userAgent(), f.familyId().equals(currentSession));
    }
}
