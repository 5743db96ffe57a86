package nl.thuisplan.support;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.OrganisationRepository;
import nl.thuisplan.people.People;

/** Creates extra persons for tests (e.g. officers of municipalities that have no demo user), through the people service. */
@Singleton
public class TestUsers {

    private final People people;
    private final OrganisationRepository organisations;
    private final TenantTransactions tx;

    TestUsers(People people, OrganisationRepository organisations, TenantTransactions tx) {
        this.people = people;
        this.organisations = organisations;
        this.tx = tx;
    }

    /** An officer of the municipality, with the demo password; returns the username. */
    public String officer(String municipalityCode) {
        String username = "test.officer." + municipalityCode.toLowerCase();
        tx.write(Scope.SYSTEM, () -> people.person(username).orElseGet(() -> {
            UserAccount person = person(username, "Test " + municipalityCode, Api.DEMO_PASSWORD);
            people.addMembership(person.userId(), organisations.ofMunicipality(municipalityCode).orElseThrow(), null, false,
                    LocalDate.of(2025, 1, 1), null);
            return person;
        }));
        return username;
    }

    /** A person with a password and no membership yet; the caller adds them. Runs in the caller's transaction. */
    public UserAccount person(String username, String displayName, String password) {
        UserAccount person = people.createPerson(username, displayName, username + "@test.thuisplan.invalid", false);
        people.setPassword(person.userId(), password);
        return person;
    }
}
