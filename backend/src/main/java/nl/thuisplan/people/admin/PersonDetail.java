package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person with everything the beheerder acts on: {@code version} for optimistic locking of edits,
 * the open invitation if any, and what the caller may do to this person.
 */
@Serdeable
public record PersonDetail(long id, String displayName, @Nullable String email, PersonStatus status,
                           @Nullable OffsetDateTime lastLoginAt, boolean locked, List<MembershipView> memberships,
                           long version, @Nullable Invitation invitation, List<PersonAction> allowedActions) {

    /** An open invitation link: until when, and who made it. */
    @Serdeable
    public record Invitation(OffsetDateTime expiresAt, String createdBy) {
    }
}
