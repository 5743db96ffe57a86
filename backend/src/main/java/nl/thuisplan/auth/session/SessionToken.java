package nl.thuisplan.auth.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code refresh_token}: only the token's SHA-256 is kept. {@code familyId} is the session
 * the token belongs to. The root of {@link SessionTokenRepository}; it never leaves the package.
 */
@MappedEntity("refresh_token")
record SessionToken(@Id String tokenHash, Long userId, String familyId, Instant issuedAt, Instant expiresAt,
                    @Nullable Instant replacedAt, @Nullable Instant revokedAt, @Nullable String revokedReason,
                    @Nullable Instant lastUsedAt, @Nullable String userAgent) {
}
