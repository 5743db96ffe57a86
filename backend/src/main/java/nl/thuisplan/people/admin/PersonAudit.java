package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.audit.AuditLog.Change;
import nl.thuisplan.people.admin.PeoplePolicy.Held;
import nl.thuisplan.people.admin.PeoplePolicy.Target;

/**
 * Records the administration's actions as audit events ({@code entity_type} person or membership),
 * once in each region concerned so each region's beheerder sees them: for a person, the regions of
 * its current memberships; for a membership, its own regions. Nothing regional (a platform or
 * provincie membership, a person without a current membership): one platform-wide event, as
 * {@code AccountAudit} does. Call inside the transaction of the change.
 */
@Singleton
class PersonAudit {

    static final String PERSON = "person";
    static final String MEMBERSHIP = "membership";

    private final AuditLog audit;

    PersonAudit(AuditLog audit) {
        this.audit = audit;
    }

    void person(String actor, String action, Target person, @Nullable String field, @Nullable String oldValue,
                @Nullable String newValue, @Nullable String detail) {
        LocalDate today = LocalDate.now();
        TreeSet<Integer> regions = new TreeSet<>();
        person.memberships().stream().filter(m -> !m.ended(today) && !m.validFrom().isAfter(today))
                .forEach(m -> regions.addAll(m.regionIds()));
        record(regions, actor, action, PERSON, String.valueOf(person.userId()), field, oldValue, newValue, detail);
    }

    void membership(String actor, String action, Held membership, @Nullable String field, @Nullable String oldValue,
                    @Nullable String newValue, @Nullable String detail) {
        record(new TreeSet<>(membership.regionIds()), actor, action, MEMBERSHIP, String.valueOf(membership.membershipId()),
                field, oldValue, newValue, detail);
    }

    private void record(Collection<Integer> regions, String actor, String action, String entityType, String entityId,
                        @Nullable String field, @Nullable String oldValue, @Nullable String newValue, @Nullable String detail) {
        List<Integer> targets = regions.isEmpty() ? Collections.singletonList(null) : List.copyOf(regions);
        audit.recordAll(targets.stream().map(region -> new Change(region, actor, action, entityType, entityId, null, field,
                oldValue, newValue, detail)).toList());
    }
}
