package nl.thuisplan.auth.sso;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.thuisplan.auth.ActiveMemberships;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.auth.UserAccountRepository;
import nl.thuisplan.auth.password.AccountAudit;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.people.People;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity mapping: who a provider's (issuer, subject) is in Thuisplan. Roles and scope come only
 * from the person's memberships ({@link ActiveMemberships}); the provider's groups are kept as a hint.
 *
 * <ol>
 *   <li>A linked subject is its person: refused when deactivated, waiting without an active membership.</li>
 *   <li>An unlinked subject whose (verified) e-mail address is a person with a membership (invited, active
 *       or ended) in an organisation this provider serves is linked to that person.</li>
 *   <li>Otherwise, an unknown address at a domain the provider's organisation approved becomes a new person
 *       without membership, waiting for approval ("wacht op goedkeuring"), audited.</li>
 *   <li>Anyone else is refused ({@link SsoCode#SSO_UNKNOWN_PERSON}): an existing person of another
 *       organisation is never linked by address alone.</li>
 * </ol>
 */
@Singleton
class SsoIdentities {

    /** Travel in the authentication from the mapper to the login handler only, which takes them out again. */
    static final String PROVIDER = "ssoProvider";
    static final String ID_TOKEN = "ssoIdToken";
    static final String USER_ID = "ssoUserId";
    /** app_user's username rule: a new person's username is the address. */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile("[a-z0-9._@+-]{3,254}");
    private static final Logger LOG = LoggerFactory.getLogger(SsoIdentities.class);

    private final SsoIdentityRepository identities;
    private final UserAccountRepository persons;
    private final ActiveMemberships memberships;
    private final People people;
    private final AccountAudit audit;
    private final TenantTransactions tx;

    SsoIdentities(SsoIdentityRepository identities, UserAccountRepository persons, People people, ActiveMemberships memberships,
                  AccountAudit audit, TenantTransactions tx) {
        this.identities = identities;
        this.persons = persons;
        this.people = people;
        this.memberships = memberships;
        this.audit = audit;
        this.tx = tx;
    }

    /** What the provider told: validated by Micronaut (signature, issuer, audience, nonce) before it gets here. */
    record Claims(String issuer, String subject, String email, Boolean emailVerified, String name, String groups, String idToken) {
    }

    AuthenticationResponse login(SsoProvider provider, Claims claims) {
        if (!provider.issuer().equals(claims.issuer())) {
            return refused(SsoCode.SSO_UNKNOWN_ISSUER, provider, claims);
        }
        return tx.write(Scope.SYSTEM, () -> {
            List<Long> served = identities.organisationsNamed(provider.organisations().toArray(String[]::new));
            Optional<SsoIdentity> linked = identities.find(claims.issuer(), claims.subject());
            if (linked.isPresent()) {
                UserAccount person = persons.findById(linked.get().userId()).orElseThrow();
                return loginAs(person, linked.get().identityId(), provider, claims, served);
            }
            if (claims.email() == null || claims.email().isBlank()) {
                return refused(SsoCode.SSO_UNKNOWN_PERSON, provider, claims);
            }
            if (Boolean.FALSE.equals(claims.emailVerified())) {
                return refused(SsoCode.SSO_EMAIL_NOT_VERIFIED, provider, claims);
            }
            String email = claims.email().trim().toLowerCase(Locale.ROOT);
            Optional<UserAccount> known = persons.findByLogin(email);
            if (known.isPresent()) {
                UserAccount person = known.get();
                if (!person.active()) {
                    return refused(SsoCode.SSO_DEACTIVATED, provider, claims);
                }
                if (identities.organisationsOf(person.userId()).stream().noneMatch(served::contains)) {
                    return refused(SsoCode.SSO_UNKNOWN_PERSON, provider, claims);
                }
                identities.link(person.userId(), claims.issuer(), claims.subject(), provider.key(), false, claims.groups());
                audit.record("sso:" + provider.key(), "SSO_LINKED", person.userId(), "Gekoppeld aan " + provider.label() + ".");
                long identityId = identities.find(claims.issuer(), claims.subject()).orElseThrow().identityId();
                return loginAs(person, identityId, provider, claims, served);
            }
            if (!provider.approves(email) || !USERNAME.matcher(email).matches()) {
                return refused(SsoCode.SSO_UNKNOWN_PERSON, provider, claims);
            }
            String name = claims.name() == null || claims.name().isBlank() ? email : claims.name().trim();
            // People is the one place that creates persons (the address rule, the username from the address)
            UserAccount person = people.createPerson(null, name.length() > 200 ? name.substring(0, 200) : name, email, false);
            identities.link(person.userId(), claims.issuer(), claims.subject(), provider.key(), true, claims.groups());
            audit.record("sso:" + provider.key(), "SSO_PERSON_AWAITING_APPROVAL", person.userId(),
                    "Aangemaakt bij de eerste login via " + provider.label() + "; wacht op goedkeuring.");
            LOG.info("SSO: person {} made just in time through provider {}, awaiting approval", person.userId(), provider.key());
            return AuthenticationResponse.failure(SsoCode.SSO_AWAITING_APPROVAL.name());
        });
    }

    private AuthenticationResponse loginAs(UserAccount person, long identityId, SsoProvider provider, Claims claims,
                                           List<Long> served) {
        if (!person.active()) {
            return refused(SsoCode.SSO_DEACTIVATED, provider, claims);
        }
        Optional<Authentication> authentication = memberships.loginVouchedFor(person, served);
        identities.loggedIn(identityId, claims.groups(), authentication.isEmpty());
        if (authentication.isEmpty()) {
            return AuthenticationResponse.failure(SsoCode.SSO_AWAITING_APPROVAL.name());
        }
        Authentication a = authentication.get();
        Map<String, Object> attributes = new HashMap<>(a.getAttributes());
        attributes.put(PROVIDER, provider.key());
        attributes.put(ID_TOKEN, claims.idToken());
        attributes.put(USER_ID, person.userId());
        return AuthenticationResponse.success(a.getName(), a.getRoles(), attributes);
    }

    private static AuthenticationResponse refused(SsoCode code, SsoProvider provider, Claims claims) {
        LOG.info("SSO login through provider {} refused: {}", provider.key(), code);
        return AuthenticationResponse.failure(code.name());
    }
}
