package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/** One person in the beheerder's list. */
@Serdeable
public record PersonSummary(long id, String displayName, @Nullable String email, PersonStatus status,
                            @Nullable OffsetDateTime lastLoginAt, boolean locked, List<MembershipView> memberships) {
}
