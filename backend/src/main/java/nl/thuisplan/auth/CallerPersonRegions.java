package nl.thuisplan.auth;

import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.session.PersonRegions;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * A person's scope as a login would compute it, over all memberships active today (a session may act in
 * any of them), for the regions their session events are recorded in.
 */
@Singleton
class CallerPersonRegions implements PersonRegions {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final CallerFactory callers;
    private final TenantTransactions tx;

    CallerPersonRegions(UserAccountRepository users, MembershipRepository memberships, CallerFactory callers,
                        TenantTransactions tx) {
        this.users = users;
        this.memberships = memberships;
        this.callers = callers;
        this.tx = tx;
    }

    @Override
    public Scope scopeOf(long userId) {
        return tx.read(Scope.SYSTEM, () -> users.findById(userId).map(person -> {
            boolean all = false;
            java.util.Set<Integer> regions = new java.util.TreeSet<>();
            for (Membership m : memberships.activeOf(person.userId(), java.time.LocalDate.now())) {
                Scope s = callers.callerFor(person, m).scope();
                all |= s.allRegions();
                regions.addAll(s.regionIds());
            }
            return all ? Scope.SYSTEM : Scope.of(regions, List.of());
        }).orElse(Scope.of(List.of(), List.of())));
    }
}
