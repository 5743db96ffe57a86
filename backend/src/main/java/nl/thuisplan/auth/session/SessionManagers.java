package nl.thuisplan.auth.session;

import nl.thuisplan.auth.Caller;

/**
 * Who may see and end another person's sessions: the administration's rule of who manages whom,
 * implemented where that rule lives ({@code nl.thuisplan.people.admin.PeoplePolicy}), so a regio
 * beheerder reaches the sessions of its own region's people and nobody else's.
 */
public interface SessionManagers {

    /** Returns when the caller may; otherwise throws the problem (403, or 404 for a person it cannot see). */
    void requireMayManage(Caller caller, long userId);
}
