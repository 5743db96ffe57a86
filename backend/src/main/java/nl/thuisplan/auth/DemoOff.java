package nl.thuisplan.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.session.RefreshTokens;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A start with demo mode off (every real installation) deactivates every demo person and revokes
 * their sessions: the demo password is public, so no demo account may survive into real use.
 * Deactivated, not deleted, so the audit keeps their names; a later demo start brings them back.
 */
@Singleton
@Requires(property = "thuisplan.demo.enabled", notEquals = "true")
class DemoOff {

    private static final Logger LOG = LoggerFactory.getLogger(DemoOff.class);

    private final UserAccountRepository persons;
    private final RefreshTokens tokens;
    private final TenantTransactions tx;

    DemoOff(UserAccountRepository persons, RefreshTokens tokens, TenantTransactions tx) {
        this.persons = persons;
        this.tokens = tokens;
        this.tx = tx;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int n = deactivateDemoAccounts();
        if (n > 0) {
            LOG.warn("Demo uit: {} demo-accounts gedeactiveerd", n);
        } else {
            LOG.info("Demo uit: geen actieve demo-accounts");
        }
    }

    /** Deactivates every active demo person and revokes its refresh tokens; returns how many. */
    int deactivateDemoAccounts() {
        return tx.write(Scope.SYSTEM, () -> {
            List<Long> ids = persons.activeDemoPersons();
            if (!ids.isEmpty()) {
                persons.deactivate(ids.toArray(Long[]::new));
                tokens.revokeAllOf(ids, "DEMO_OFF");
            }
            return ids.size();
        });
    }
}
