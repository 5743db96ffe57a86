package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.auth.session.SessionManagers;

/** The sessions endpoints ask {@link PeoplePolicy} too: REVOKE_SESSIONS on the person, with the same two walls. */
@Singleton
class PeoplePolicySessions implements SessionManagers {

    private final PersonGuard guard;
    private final PeoplePolicy policy;

    PeoplePolicySessions(PersonGuard guard, PeoplePolicy policy) {
        this.guard = guard;
        this.policy = policy;
    }

    @Override
    public void requireMayManage(Caller caller, long userId) {
        guard.read(caller, userId, (actor, person) -> {
            policy.require(actor, person.target(), PersonAction.REVOKE_SESSIONS);
            return null;
        });
    }
}
