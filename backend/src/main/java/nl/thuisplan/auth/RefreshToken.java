package nl.thuisplan.auth;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code refresh_token}: only the token's SHA-256 is kept. The root of {@link RefreshTokenRepository}. */
@MappedEntity("refresh_token")
record RefreshToken(@Id String tokenHash, Long userId, Instant expiresAt, boolean revoked, @io.micronaut.core.annotation.Nullable Long membershipId) {
}
