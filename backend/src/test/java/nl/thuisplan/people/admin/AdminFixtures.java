package nl.thuisplan.people.admin;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.thuisplan.auth.CredentialRepository;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.Organisation;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;
import nl.thuisplan.support.Api;
import nl.thuisplan.support.OwnerSql;

/** Persons to act on in the administration tests, made through the people service (the password hashed once). */
@Singleton
class AdminFixtures {

    static final String AMSTERDAM = "GM0363";
    static final String ENSCHEDE = "GM0153";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final People people;
    private final OrganisationRepository organisations;
    private final CredentialRepository credentials;
    private final TenantTransactions tx;
    private final String demoHash;

    AdminFixtures(People people, OrganisationRepository organisations, CredentialRepository credentials,
                  PasswordHasher hasher, TenantTransactions tx) {
        this.people = people;
        this.organisations = organisations;
        this.credentials = credentials;
        this.tx = tx;
        this.demoHash = hasher.hash(Api.DEMO_PASSWORD);
    }

    /** The demo programme manager of MRA as regio beheerder (the demo has no regio beheerder; tests grant it). */
    static void makeRegioMraBeheerder() {
        OwnerSql.exec("update membership set manages_people = true where user_id = (select user_id from app_user "
                + "where username = 'regio.mra')");
    }

    /** A gemeente medewerker of the municipality, with the demo password; its user id. */
    long officer(String municipalityCode) {
        return person(organisation("GEMEENTE", municipalityCode), null, true);
    }

    /** An invited officer: no password yet. */
    long invitedOfficer(String municipalityCode) {
        return person(organisation("GEMEENTE", municipalityCode), null, false);
    }

    long person(Organisation organisation, Integer partnerRegion, boolean password) {
        int n = SEQ.incrementAndGet();
        String email = "fixture." + n + "." + System.nanoTime() + "@test.thuisplan.invalid";
        return tx.write(Scope.SYSTEM, () -> {
            UserAccount person = people.createPerson(null, "Fixture " + n, email, false);
            people.addMembership(person.userId(), organisation, partnerRegion, false, LocalDate.of(2025, 1, 1), null);
            if (password) {
                credentials.setPassword(person.userId(), demoHash);
            }
            return person.userId();
        });
    }

    String email(long userId) {
        return OwnerSql.column("select email from app_user where user_id = " + userId).get(0);
    }

    Organisation organisation(String kind, String code) {
        return tx.read(Scope.SYSTEM, () -> switch (kind) {
            case "GEMEENTE" -> organisations.ofMunicipality(code).orElseThrow();
            case "REGIO" -> organisations.ofRegion(code).orElseThrow();
            case "PROVINCIE" -> organisations.ofProvince(code).orElseThrow();
            case "PLATFORM" -> organisations.platform().orElseThrow();
            default -> throw new IllegalArgumentException(kind);
        });
    }

    long organisationId(String kind, String code) {
        return organisation(kind, code).organisationId();
    }

    /** The demo woningcorporatie (works in MRA). */
    long corporatieId() {
        return Long.parseLong(OwnerSql.column("select organisation_id from organisation where kind = 'WONINGCORPORATIE' "
                + "order by organisation_id limit 1").get(0));
    }

    static long userId(String username) {
        return Long.parseLong(OwnerSql.column("select user_id from app_user where username = '" + username + "'").get(0));
    }

    static long version(long userId) {
        return Long.parseLong(OwnerSql.column("select xmin::text from app_user where user_id = " + userId).get(0));
    }

    static List<String> column(String sql) {
        return OwnerSql.column(sql);
    }
}
