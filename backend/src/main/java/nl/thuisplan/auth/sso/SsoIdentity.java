package nl.thuisplan.auth.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A person's link to a provider's (issuer, subject), made on the first login ({@code sso_identity}). */
@MappedEntity("sso_identity")
record SsoIdentity(
        @Id @GeneratedValue Long identityId,
        Long userId,
        String issuer,
        String subject,
        String provider,
        boolean awaitingApproval,
        @Nullable String groupsHint,
        @Nullable Instant linkedAt,
        @Nullable Instant lastLoginAt) {
}
