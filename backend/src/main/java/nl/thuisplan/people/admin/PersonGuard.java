package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import java.util.function.BiFunction;
import nl.thuisplan.auth.Caller;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.admin.PeoplePolicy.Actor;
import nl.thuisplan.people.admin.PersonRecords.Loaded;

/**
 * The two walls around work on one person: row-level security first (the person must be visible in
 * the caller's own scope, else 404), then {@link PeoplePolicy}. The work itself runs in the system
 * scope, as credentials, links and sessions are visible there only.
 */
@Singleton
class PersonGuard {

    private final PeoplePolicy policy;
    private final PersonRecords records;
    private final PersonAdminRepository repository;
    private final TenantTransactions tx;

    PersonGuard(PeoplePolicy policy, PersonRecords records, PersonAdminRepository repository, TenantTransactions tx) {
        this.policy = policy;
        this.records = records;
        this.repository = repository;
        this.tx = tx;
    }

    <T> T read(Caller caller, long userId, BiFunction<Actor, Loaded, T> work) {
        Actor actor = policy.actor(caller);
        requireVisible(caller, userId);
        return tx.read(Scope.SYSTEM, () -> work.apply(actor, seen(actor, userId)));
    }

    <T> T write(Caller caller, long userId, BiFunction<Actor, Loaded, T> work) {
        Actor actor = policy.actor(caller);
        requireVisible(caller, userId);
        return tx.write(Scope.SYSTEM, () -> work.apply(actor, seen(actor, userId)));
    }

    /** The detail as the actor sees it now; inside the work's transaction. */
    PersonDetail detail(Actor actor, long userId) {
        Loaded p = records.load(userId);
        return records.detail(p, policy.allowedActions(actor, p.target()));
    }

    private Loaded seen(Actor actor, long userId) {
        Loaded p = records.load(userId);
        if (!policy.sees(actor, p.target())) {
            throw ProblemException.notFound("Persoon");
        }
        return p;
    }

    private void requireVisible(Caller caller, long userId) {
        if (!tx.read(caller.scope(), () -> repository.visible(userId))) {
            throw ProblemException.notFound("Persoon");
        }
    }
}
