package nl.thuisplan.auth;

import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.session.PersonRegions;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/** A person's scope as a login would compute it, for the regions their session events are recorded in. */
@Singleton
class CallerPersonRegions implements PersonRegions {

    private final UserAccountRepository users;
    private final CallerFactory callers;
    private final TenantTransactions tx;

    CallerPersonRegions(UserAccountRepository users, CallerFactory callers, TenantTransactions tx) {
        this.users = users;
        this.callers = callers;
        this.tx = tx;
    }

    @Override
    public Scope scopeOf(long userId) {
        return tx.read(Scope.SYSTEM, () -> users.findById(userId))
                .map(user -> callers.callerFor(user).scope())
                .orElse(Scope.of(List.of(), List.of()));
    }
}
