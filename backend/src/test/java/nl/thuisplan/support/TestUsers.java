package nl.thuisplan.support;

import jakarta.inject.Singleton;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.auth.UserAccountRepository;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/** Creates extra accounts for tests (e.g. officers of municipalities that have no demo user). */
@Singleton
public class TestUsers {

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final TenantTransactions tx;

    TestUsers(UserAccountRepository users, PasswordHasher hasher, TenantTransactions tx) {
        this.users = users;
        this.hasher = hasher;
        this.tx = tx;
    }

    /** An officer of the municipality, with the demo password; returns the username. */
    public String officer(String municipalityCode) {
        String username = "test.officer." + municipalityCode.toLowerCase();
        tx.write(Scope.SYSTEM, () -> users.findByUsername(username).orElseGet(() -> users.save(new UserAccount(null,
                username, "Test " + municipalityCode, hasher.hash(Api.DEMO_PASSWORD), Role.MUNICIPALITY_OFFICER, null,
                municipalityCode, null, true, 0, null))));
        return username;
    }
}
