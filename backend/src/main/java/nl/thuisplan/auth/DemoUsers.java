package nl.thuisplan.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo accounts for every role, created only in demo mode (the embedded default) so a tester can
 * log in at once. Their names and the shared password are printed at start-up and in the README.
 */
@Singleton
@Requires(property = "thuisplan.demo.enabled", value = "true")
class DemoUsers {

    static final String PASSWORD = "thuisplan-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    /** username, display name, role, scope code (region code, CBS municipality or province code). */
    record Demo(String username, String displayName, Role role, String scope) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("beheerder", "Platformbeheerder", Role.PLATFORM_ADMIN, null),
            new Demo("regio.mra", "Programmamanager MRA", Role.REGION_PROGRAMME_MANAGER, "MRA"),
            new Demo("regio.ens", "Programmamanager Regio Enschede", Role.REGION_PROGRAMME_MANAGER, "ENS"),
            new Demo("regio.gro", "Programmamanager Regio Groningen", Role.REGION_PROGRAMME_MANAGER, "GRO"),
            new Demo("regio.hgl", "Programmamanager Regio Haaglanden", Role.REGION_PROGRAMME_MANAGER, "HGL"),
            new Demo("regio.psl", "Programmamanager Parkstad Limburg", Role.REGION_PROGRAMME_MANAGER, "PSL"),
            new Demo("regio.gmr", "Programmamanager Groene Metropoolregio", Role.REGION_PROGRAMME_MANAGER, "GMR"),
            new Demo("gemeente.amsterdam", "Beleidsmedewerker Amsterdam", Role.MUNICIPALITY_OFFICER, "GM0363"),
            new Demo("gemeente.diemen", "Beleidsmedewerker Diemen", Role.MUNICIPALITY_OFFICER, "GM0384"),
            new Demo("gemeente.enschede", "Beleidsmedewerker Enschede", Role.MUNICIPALITY_OFFICER, "GM0153"),
            new Demo("gemeente.groningen", "Beleidsmedewerker Groningen", Role.MUNICIPALITY_OFFICER, "GM0014"),
            new Demo("gemeente.denhaag", "Beleidsmedewerker Den Haag", Role.MUNICIPALITY_OFFICER, "GM0518"),
            new Demo("gemeente.heerlen", "Beleidsmedewerker Heerlen", Role.MUNICIPALITY_OFFICER, "GM0917"),
            new Demo("gemeente.nijmegen", "Beleidsmedewerker Nijmegen", Role.MUNICIPALITY_OFFICER, "GM0268"),
            new Demo("provincie.noord-holland", "Analist provincie Noord-Holland", Role.PROVINCE_ANALYST, "PV27"),
            new Demo("provincie.flevoland", "Analist provincie Flevoland", Role.PROVINCE_ANALYST, "PV24"),
            new Demo("provincie.overijssel", "Analist provincie Overijssel", Role.PROVINCE_ANALYST, "PV23"),
            new Demo("provincie.groningen", "Analist provincie Groningen", Role.PROVINCE_ANALYST, "PV20"),
            new Demo("provincie.zuid-holland", "Analist provincie Zuid-Holland", Role.PROVINCE_ANALYST, "PV28"),
            new Demo("provincie.limburg", "Analist provincie Limburg", Role.PROVINCE_ANALYST, "PV31"),
            new Demo("provincie.gelderland", "Analist provincie Gelderland", Role.PROVINCE_ANALYST, "PV25"));

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final TenantTransactions tx;
    private final ScopeRepository scopes;

    DemoUsers(UserAccountRepository users, PasswordHasher hasher, TenantTransactions tx, ScopeRepository scopes) {
        this.users = users;
        this.hasher = hasher;
        this.tx = tx;
        this.scopes = scopes;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = tx.write(Scope.SYSTEM, () -> {
            int n = 0;
            for (Demo demo : ACCOUNTS) {
                if (users.findByUsername(demo.username()).isEmpty()) {
                    users.save(account(demo));
                    n++;
                }
            }
            return n;
        });
        StringBuilder table = new StringBuilder("Demo mode: ").append(created).append(" demo accounts created; ")
                .append("log in at / with password '").append(PASSWORD).append("' and one of:");
        for (Demo demo : ACCOUNTS) {
            table.append(String.format("%n  %-26s %-26s %s", demo.username(), demo.role(), demo.scope() == null ? "" : demo.scope()));
        }
        LOG.info(table.toString());
    }

    private UserAccount account(Demo demo) {
        Integer regionId = demo.role() == Role.REGION_PROGRAMME_MANAGER ? regionId(demo.scope()) : null;
        return new UserAccount(null, demo.username(), demo.displayName(), hasher.hash(PASSWORD), demo.role(), regionId,
                demo.role() == Role.MUNICIPALITY_OFFICER ? demo.scope() : null,
                demo.role() == Role.PROVINCE_ANALYST ? demo.scope() : null,
                true, 0, null);
    }

    private Integer regionId(String code) {
        return scopes.regionId(code).orElseThrow(() -> new IllegalStateException("Region " + code + " is missing"));
    }
}
