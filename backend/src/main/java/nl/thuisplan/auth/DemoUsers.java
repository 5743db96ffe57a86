package nl.thuisplan.auth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationKind;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo persons for every role, created only in demo mode (the embedded default) so a tester can
 * log in at once, through the same {@link People} service a beheerder's work goes through: persons
 * marked {@code demo}, with an e-mail address under {@code demo.thuisplan.invalid}, a credential and
 * memberships of the organisations V11 made (plus one fictional woningcorporatie). Their names and
 * the shared password are printed at start-up and in the README. {@link DemoOff} undoes this.
 */
@Singleton
@Requires(property = "thuisplan.demo.enabled", value = "true")
class DemoUsers {

    static final String PASSWORD = "thuisplan-demo";
    static final String EMAIL_DOMAIN = "@demo.thuisplan.invalid";
    /** Demo memberships run from a fixed day in the past, so a test can end one yesterday. */
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    /** Clearly not a real company: the KvK never issues numbers starting with 0000. */
    static final String DEMO_CORPORATIE_KVK = "00000001";
    static final String DEMO_CORPORATIE = "Woningcorporatie Demo (MRA)";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    /**
     * username, display name, role, and per membership the scope code (region code, CBS
     * municipality or province code; for a partner the region it works for).
     */
    record Demo(String username, String displayName, Role role, List<String> scopes) {
        Demo(String username, String displayName, Role role, String scope) {
            this(username, displayName, role, scope == null ? List.of() : List.of(scope));
        }
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("beheerder", "Platformbeheerder", Role.PLATFORM_ADMIN, (String) null),
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
            // one projectleider shared by two Oost-Groningen gemeenten: picks the active one after login
            new Demo("gemeente.oost-groningen", "Projectleider Oost-Groningen", Role.MUNICIPALITY_OFFICER,
                    List.of("GM1952", "GM1895")),
            new Demo("provincie.noord-holland", "Analist provincie Noord-Holland", Role.PROVINCE_ANALYST, "PV27"),
            new Demo("provincie.flevoland", "Analist provincie Flevoland", Role.PROVINCE_ANALYST, "PV24"),
            new Demo("provincie.overijssel", "Analist provincie Overijssel", Role.PROVINCE_ANALYST, "PV23"),
            new Demo("provincie.groningen", "Analist provincie Groningen", Role.PROVINCE_ANALYST, "PV20"),
            new Demo("provincie.zuid-holland", "Analist provincie Zuid-Holland", Role.PROVINCE_ANALYST, "PV28"),
            new Demo("provincie.limburg", "Analist provincie Limburg", Role.PROVINCE_ANALYST, "PV31"),
            new Demo("provincie.gelderland", "Analist provincie Gelderland", Role.PROVINCE_ANALYST, "PV25"),
            new Demo("corporatie.mra", "Medewerker " + DEMO_CORPORATIE, Role.CORPORATIE_MEDEWERKER, "MRA"));

    private final People people;
    private final OrganisationRepository organisations;
    private final UserAccountRepository persons;
    private final MembershipRepository memberships;
    private final TenantTransactions tx;

    DemoUsers(People people, OrganisationRepository organisations, UserAccountRepository persons,
              MembershipRepository memberships, TenantTransactions tx) {
        this.people = people;
        this.organisations = organisations;
        this.persons = persons;
        this.memberships = memberships;
        this.tx = tx;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = tx.write(Scope.SYSTEM, () -> {
            int n = 0;
            for (Demo demo : ACCOUNTS) {
                n += ensure(demo) ? 1 : 0;
            }
            return n;
        });
        StringBuilder table = new StringBuilder("Demo mode: ").append(created).append(" demo accounts created; ")
                .append("log in at / with password '").append(PASSWORD).append("' and one of:");
        for (Demo demo : ACCOUNTS) {
            table.append(String.format("%n  %-26s %-26s %s", demo.username(), demo.role(), String.join(", ", demo.scopes())));
        }
        LOG.info(table.toString());
    }

    /** Creates the demo person, or brings one back that a start with demo mode off deactivated; true when created. */
    private boolean ensure(Demo demo) {
        Optional<UserAccount> existing = persons.findByUsername(demo.username());
        UserAccount person = existing.map(this::reactivated)
                .orElseGet(() -> people.createPerson(demo.username(), demo.displayName(), demo.username() + EMAIL_DOMAIN, true));
        if (!people.hasPassword(person.userId())) {
            people.setPassword(person.userId(), PASSWORD);
        }
        List<Long> held = memberships.ofPerson(person.userId()).stream().map(Membership::organisationId).toList();
        for (String scope : demo.scopes().isEmpty() ? List.of("") : demo.scopes()) {
            Organisation organisation = organisation(demo.role(), scope);
            if (!held.contains(organisation.organisationId())) {
                people.addMembership(person.userId(), organisation, demo.role().partner() ? regionId(scope) : null,
                        false, FROM, null);
            }
        }
        return existing.isEmpty();
    }

    private UserAccount reactivated(UserAccount p) {
        if (p.active() && p.demo()) {
            return p;
        }
        return persons.update(new UserAccount(p.userId(), p.username(), p.displayName(),
                p.email() == null ? p.username() + EMAIL_DOMAIN : p.email(), true, p.lastLoginAt(), null, true));
    }

    private Organisation organisation(Role role, String scope) {
        Optional<Organisation> found = switch (role) {
            case PLATFORM_ADMIN -> organisations.platform();
            case REGION_PROGRAMME_MANAGER -> organisations.ofRegion(scope);
            case MUNICIPALITY_OFFICER -> organisations.ofMunicipality(scope);
            case PROVINCE_ANALYST -> organisations.ofProvince(scope);
            case CORPORATIE_MEDEWERKER -> Optional.of(people.partner(OrganisationKind.WONINGCORPORATIE, DEMO_CORPORATIE,
                    DEMO_CORPORATIE_KVK, List.of(regionId(scope))));
            case ZORGAANBIEDER_MEDEWERKER -> throw new IllegalStateException("No demo zorgaanbieder");
        };
        return found.orElseThrow(() -> new IllegalStateException("No organisation for " + role + " " + scope));
    }

    private int regionId(String code) {
        return organisations.regionId(code).orElseThrow(() -> new IllegalStateException("Region " + code + " is missing"));
    }
}
