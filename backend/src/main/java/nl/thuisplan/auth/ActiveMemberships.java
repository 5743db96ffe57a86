package nl.thuisplan.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.auth.totp.EnrolmentFirst;
import nl.thuisplan.auth.totp.SecondFactors;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Which membership a session acts in. Login picks one, a switch picks another, a refresh keeps
 * the one its token was issued for; each computes the whole caller again from the database, so a
 * deactivated person or an ended membership gets no new token. All of it reads the person's own
 * rows across tenants, the platform's work ({@link Scope#SYSTEM}).
 */
@Singleton
public class ActiveMemberships {

    private final UserAccountRepository persons;
    private final MembershipRepository memberships;
    private final CallerFactory callers;
    private final SecondFactors secondFactors;
    private final TenantTransactions tx;

    ActiveMemberships(UserAccountRepository persons, MembershipRepository memberships, CallerFactory callers,
                      SecondFactors secondFactors, TenantTransactions tx) {
        this.secondFactors = secondFactors;
        this.persons = persons;
        this.memberships = memberships;
        this.callers = callers;
        this.tx = tx;
    }

    /** The membership a login starts in: the most recently used active one, else the first by id. */
    Optional<Membership> atLogin(UserAccount person) {
        List<Membership> active = tx.read(Scope.SYSTEM, () -> memberships.activeOf(person.userId(), LocalDate.now()));
        return active.stream().findFirst();
    }

    /**
     * The authentication of a person acting in one of its memberships, or empty when the person is
     * deactivated or the membership is not the person's or not active today. A refresh calls this
     * with the ids its token was issued for.
     */
    public Optional<Authentication> authenticationFor(long userId, long membershipId) {
        return tx.read(Scope.SYSTEM, () -> persons.findById(userId).filter(UserAccount::active)
                .flatMap(person -> memberships.findById(membershipId)
                        .filter(m -> m.userId().equals(person.userId()) && m.activeOn(LocalDate.now()))
                        .map(m -> authentication(person, m))));
    }

    /**
     * Switches the caller to another of its memberships: 404 for one that is not the caller's (no hint
     * whose it is), 409 {@code MEMBERSHIP_NOT_ACTIVE} for one of its own that has ended or not begun.
     */
    Authentication switchTo(String username, long membershipId) {
        return tx.write(Scope.SYSTEM, () -> {
            UserAccount person = persons.findByUsername(username).filter(UserAccount::active)
                    .orElseThrow(() -> ProblemException.notFound("Lidmaatschap"));
            Membership m = memberships.findById(membershipId).filter(x -> x.userId().equals(person.userId()))
                    .orElseThrow(() -> ProblemException.notFound("Lidmaatschap"));
            if (!m.activeOn(LocalDate.now())) {
                throw new ProblemException(HttpStatus.CONFLICT, "MEMBERSHIP_NOT_ACTIVE",
                        "Dit lidmaatschap is niet (meer) geldig op vandaag.");
            }
            memberships.markUsed(m.membershipId());
            return authentication(person, m);
        });
    }

    /**
     * The login of a person an organisation's identity provider vouched for (no password): the active
     * membership in one of the given organisations first (the provider serves those), else the one a
     * password login would pick; recorded as used. Empty for a deactivated person or one with nothing
     * to act in today. Run inside the caller's system-scope transaction.
     */
    public Optional<Authentication> loginVouchedFor(UserAccount person, java.util.Collection<Long> organisations) {
        if (!person.active()) {
            return Optional.empty();
        }
        List<Membership> active = memberships.activeOf(person.userId(), LocalDate.now());
        Optional<Membership> chosen = active.stream().filter(m -> organisations.contains(m.organisationId())).findFirst()
                .or(() -> active.stream().findFirst());
        chosen.ifPresent(m -> {
            memberships.markUsed(m.membershipId());
            persons.recordLogin(person.userId());
        });
        return chosen.map(m -> authentication(person, m));
    }

    /** Remembers the membership a login picked, so the next login starts there again. */
    void used(Membership m) {
        tx.write(Scope.SYSTEM, () -> {
            memberships.markUsed(m.membershipId());
            return null;
        });
    }

    Authentication authentication(UserAccount person, Membership m) {
        Caller caller = callers.callerFor(person, m);
        java.util.Map<String, Object> attributes = caller.attributes();
        // computed at every login, refresh and switch: a token of a person who must still enrol reaches
        // only the enrolment (EnrolmentFirst); the first refresh after enrolling drops it
        if (secondFactors.enrolmentRequired(person.userId())) {
            attributes.put(EnrolmentFirst.CLAIM, true);
        }
        return Authentication.build(person.username(), List.of(m.role().name()), attributes);
    }

    /** The person's own memberships, whatever the active one's scope: read as the platform, filtered to the person. */
    List<MembershipRepository.Described> describedOf(String username) {
        return tx.read(Scope.SYSTEM, () -> persons.findByUsername(username)
                .map(p -> memberships.describedOf(p.userId()))
                .orElse(List.of()));
    }
}
