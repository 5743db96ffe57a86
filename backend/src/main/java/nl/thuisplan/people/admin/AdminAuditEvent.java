package nl.thuisplan.people.admin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code audit_event} as the administration log reads it: the root of {@link AdminAuditRepository}, never leaves the package. */
@MappedEntity("audit_event")
record AdminAuditEvent(@Id Long eventId, String action) {
}
