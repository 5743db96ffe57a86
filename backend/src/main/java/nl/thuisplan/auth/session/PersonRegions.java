package nl.thuisplan.auth.session;

import nl.thuisplan.common.Scope;

/**
 * The scope a person works in, for the audit of their sessions: {@code audit_event} belongs to a
 * region, so a session event is recorded in every region of the person's scope. Implemented by the
 * auth package, which alone knows how a person's scope is computed.
 */
public interface PersonRegions {

    /** The person's scope; an empty one for an unknown person. */
    Scope scopeOf(long userId);
}
