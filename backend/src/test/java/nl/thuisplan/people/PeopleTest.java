package nl.thuisplan.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.auth.Membership;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The people service refuses what the database would, with the API's stable codes, before it gets there. */
@MicronautTest(transactional = false)
class PeopleTest extends ApiTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    @Inject
    People people;
    @Inject
    OrganisationRepository organisations;
    @Inject
    TenantTransactions tx;

    @Test
    void aMembershipTakesItsRoleAndScopeFromTheOrganisation() {
        Membership m = tx.write(Scope.SYSTEM, () -> {
            UserAccount p = people.createPerson(null, "Anna de Vries", "Anna.de.Vries@example.org", false);
            assertThat(p.username()).isEqualTo("anna.de.vries@example.org");
            return people.addMembership(p.userId(), organisations.ofMunicipality("GM0153").orElseThrow(), null, false, FROM, null);
        });
        assertThat(m.role()).isEqualTo(Role.MUNICIPALITY_OFFICER);
        assertThat(m.municipalityCode()).isEqualTo("GM0153");
        assertThat(m.regionId()).isNull();
    }

    @Test
    void aSecondPersonWithTheSameEmailIsRefused() {
        tx.write(Scope.SYSTEM, () -> people.createPerson(null, "Bert", "bert@example.org", false));
        assertCode(() -> tx.write(Scope.SYSTEM, () -> people.createPerson(null, "Bert 2", "BERT@example.org", false)), "EMAIL_TAKEN");
    }

    @Test
    void overlappingPeriodsOfTheSameOrganisationAndRoleAreRefused() {
        assertCode(() -> tx.write(Scope.SYSTEM, () -> {
            UserAccount p = people.createPerson(null, "Carla", "carla@example.org", false);
            Organisation enschede = organisations.ofMunicipality("GM0153").orElseThrow();
            people.addMembership(p.userId(), enschede, null, false, FROM, LocalDate.of(2026, 6, 30));
            return people.addMembership(p.userId(), enschede, null, false, LocalDate.of(2026, 6, 30), null);
        }), "MEMBERSHIP_OVERLAPS");
    }

    @Test
    void aPartnersRegionMustBeOneItWorksInAndOnlyAProgrammeManagerManagesPeople() {
        int ens = tx.read(Scope.SYSTEM, () -> organisations.regionId("ENS").orElseThrow());
        assertCode(() -> tx.write(Scope.SYSTEM, () -> {
            UserAccount p = people.createPerson(null, "Dirk", "dirk@example.org", false);
            Organisation corporatie = organisations.byKvkNumber("00000001").orElseThrow(); // works in MRA only
            return people.addMembership(p.userId(), corporatie, ens, false, FROM, null);
        }), "SCOPE_NOT_ALLOWED");
        assertCode(() -> tx.write(Scope.SYSTEM, () -> {
            UserAccount p = people.createPerson(null, "Eva", "eva@example.org", false);
            return people.addMembership(p.userId(), organisations.ofMunicipality("GM0153").orElseThrow(), null, true, FROM, null);
        }), "ROLE_NOT_ALLOWED");
        Membership manager = tx.write(Scope.SYSTEM, () -> {
            UserAccount p = people.createPerson(null, "Frank", "frank@example.org", false);
            return people.addMembership(p.userId(), organisations.ofRegion("ENS").orElseThrow(), null, true, FROM, null);
        });
        assertThat(manager.managesPeople()).isTrue();
        assertThat(manager.regionId()).isEqualTo(ens);
        assertThat(tx.read(Scope.SYSTEM, () -> organisations.regionsOf(
                organisations.byKvkNumber("00000001").orElseThrow().organisationId()))).hasSize(1);
        assertThat(List.of(OrganisationKind.values())).extracting(OrganisationKind::role).doesNotHaveDuplicates();
    }

    private static void assertCode(Runnable work, String code) {
        assertThatThrownBy(work::run).isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
