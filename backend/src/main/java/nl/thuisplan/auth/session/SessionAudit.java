package nl.thuisplan.auth.session;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.audit.AuditLog.Change;
import nl.thuisplan.common.Scope;

/**
 * Records every revocation as an {@code audit_event} of entity type {@code session}, entity id the
 * person's user id. An event belongs to a region and there is no platform-wide one, so it is written
 * once for each region in the person's scope (every region for a platform beheerder); a person
 * without any region in scope leaves no event, as nobody's audit could show it.
 */
@Singleton
class SessionAudit {

    static final String ENTITY_TYPE = "session";
    /** The actor of what the platform does by itself, such as revoking a session whose token was reused. */
    static final String SYSTEM_ACTOR = "systeem";

    private final AuditLog audit;
    private final PersonRegions persons;
    private final SessionTokenRepository tokens;

    SessionAudit(AuditLog audit, PersonRegions persons, SessionTokenRepository tokens) {
        this.audit = audit;
        this.persons = persons;
        this.tokens = tokens;
    }

    /** In the caller's transaction (system scope), so the revocation and its record commit together. */
    void revoked(long userId, String actor, String action, @Nullable String sessions, String detail) {
        Scope scope = persons.scopeOf(userId);
        // a person of every region (platform beheerder) or of none: one platform-wide event (platform_audit_event)
        List<Integer> regions = scope.allRegions() || scope.regionIds().isEmpty()
                ? java.util.Collections.singletonList(null) : scope.regionIds().stream().sorted().toList();
        audit.recordAll(regions.stream()
                .map(region -> new Change(region, actor, action, ENTITY_TYPE, String.valueOf(userId), null, null, null,
                        sessions, detail))
                .toList());
    }
}
