package nl.thuisplan.auth.password;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import nl.thuisplan.auth.LoginThrottle;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.auth.link.LinkPurpose;
import nl.thuisplan.auth.link.OneTimeLinks;
import nl.thuisplan.auth.link.OneTimeLinks.Link;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Setting a password through a single-use link, whatever sent it (reset, invitation, first
 * beheerder). The link must still be bound: its person active and still holding the address it was
 * sent to. Using the link, setting the password (which lifts a lock-out), ending the person's
 * sessions and the audit event are one transaction; a password the policy refuses leaves the link
 * usable.
 */
@Singleton
public class LinkPasswords {

    private final OneTimeLinks links;
    private final Persons persons;
    private final PasswordStore store;
    private final Sessions sessions;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccountAudit audit;
    private final TenantTransactions tx;
    private final LoginThrottle throttle;

    LinkPasswords(OneTimeLinks links, Persons persons, PasswordStore store, Sessions sessions, PasswordHasher hasher,
                  PasswordPolicy policy, AccountAudit audit, TenantTransactions tx, LoginThrottle throttle) {
        this.links = links;
        this.persons = persons;
        this.store = store;
        this.sessions = sessions;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
        this.throttle = throttle;
    }

    /** Whom a link is for, as the page that accepts it shows. */
    public record LinkInfo(LinkPurpose purpose, String email, String displayName, Instant expiresAt) {
    }

    public LinkInfo describe(String token) {
        return tx.read(Scope.SYSTEM, () -> {
            Link link = links.open(token);
            Persons.Person person = boundPerson(link);
            return new LinkInfo(link.purpose(), link.email(), person.displayName(), link.expiresAt());
        });
    }

    /** Uses the link and sets the password; the person's id. */
    public long setPassword(String token, String password) {
        policy.check("password", password);
        String hash = hasher.hash(password);
        return tx.write(Scope.SYSTEM, () -> {
            Link link = links.consume(token);
            Persons.Person person = boundPerson(link);
            store.setHash(person.userId(), hash);
            // whoever reads the person's mail may log in again at once, also from an address that was locked
            throttle.unlock(Arrays.asList(person.username(), person.email()));
            int ended = sessions.revokeAll(person.userId());
            audit.record(person.username(), "PASSWORD_SET_BY_LINK", person.userId(),
                    link.purpose().name() + (ended > 0 ? ", " + ended + " sessie(s) beëindigd" : ""));
            return person.userId();
        });
    }

    private Persons.Person boundPerson(Link link) {
        return persons.byId(link.userId())
                .filter(Persons.Person::active)
                .filter(p -> link.email().equals(p.email()))
                .orElseThrow(OneTimeLinks::invalid);
    }
}
