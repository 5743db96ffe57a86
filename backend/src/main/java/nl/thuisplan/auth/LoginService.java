package nl.thuisplan.auth;

import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import nl.thuisplan.common.Scope;
import nl.thuisplan.auth.totp.SecondFactors;
import nl.thuisplan.common.TenantTransactions;

/**
 * Checks a username (or e-mail address) and password. Every failure gets the same answer after the same
 * work (one Argon2id check, against a decoy hash when there is no account): a wrong password, an unknown
 * name, a locked name or account, a deactivated person, one without a password yet or without an active
 * membership. {@link LoginThrottle} counts the attempt before the password is checked; only an address
 * that fails too often is told so (429), which says nothing about any account.
 */
@Singleton
class LoginService {

    /** Travels as the failure message (Micronaut's login handler keeps only the message), with the seconds to wait. */
    static final String THROTTLED = "LOGIN_THROTTLED:";
    /** The password matched and the person has a second factor, but no code came: ask for it (not a failed attempt). */
    static final String TOTP_REQUIRED = "TOTP_REQUIRED";
    /** The password matched, but an organisation of the person logs in through its own identity provider only. */
    static final String LOCAL_LOGIN_DISABLED = "LOCAL_LOGIN_DISABLED";

    private final UserAccountRepository users;
    private final CredentialRepository credentials;
    private final PasswordHasher hasher;
    private final ActiveMemberships memberships;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;
    private final TenantTransactions tx;

    LoginService(UserAccountRepository users, CredentialRepository credentials, PasswordHasher hasher,
                 ActiveMemberships memberships, LoginThrottle throttle, SecondFactors secondFactors, TenantTransactions tx) {
        this.users = users;
        this.credentials = credentials;
        this.hasher = hasher;
        this.memberships = memberships;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
        this.tx = tx;
    }

    AuthenticationResponse authenticate(AuthenticationRequest<String, String> request, String clientAddress) {
        String login = request.getIdentity() == null ? "" : request.getIdentity().trim().toLowerCase(Locale.ROOT);
        String password = request.getSecret() == null ? "" : request.getSecret();
        LoginThrottle.Gate gate = throttle.admit(login, clientAddress);
        if (gate instanceof LoginThrottle.AddressThrottled throttled) {
            // no password check at all: a flood from one address must not cost a hash each
            return AuthenticationResponse.failure(THROTTLED + throttled.retryAfterSeconds());
        }
        Optional<UserAccount> found = tx.read(Scope.SYSTEM, () -> users.findByLogin(login));
        Optional<Credential> credential = found.flatMap(u -> tx.read(Scope.SYSTEM, () -> credentials.find(u.userId())));
        if (credential.isEmpty()) {
            hasher.spendTimeForUnknownUser(password);
            return failed();
        }
        UserAccount user = found.get();
        boolean admitted = gate instanceof LoginThrottle.Admitted && throttle.admitAccount(user.userId());
        // checked whatever else is wrong, so a locked or deactivated account answers as slowly as any other
        boolean matches = hasher.matches(password, credential.get().passwordHash());
        if (!admitted || !user.active() || !matches) {
            return failed();
        }
        Optional<Membership> membership = memberships.atLogin(user);
        if (membership.isEmpty()) {
            return failed(); // nothing to act in today: as good as disabled, and said the same way
        }
        // Only now, with the password right, may the answer say more than "failed": a guesser never gets here.
        if (!secondFactors.policy(user.userId()).localLoginAllowed()) {
            throttle.notAnAttempt(login, clientAddress, user.userId());
            return AuthenticationResponse.failure(LOCAL_LOGIN_DISABLED);
        }
        // the browser's login sends a code; the bearer login of API clients binds name and password only
        String code = request instanceof LoginCredentials withCode ? withCode.getCode() : null;
        switch (secondFactors.checkAtLogin(user.userId(), user.username(), code)) {
            case CODE_MISSING -> {
                // the first half of a two-step login, not a guess: the same lock-out counts only wrong codes
                throttle.notAnAttempt(login, clientAddress, user.userId());
                return AuthenticationResponse.failure(TOTP_REQUIRED);
            }
            case REFUSED -> {
                return failed(); // counted like a wrong password, and answered the same
            }
            case ACCEPTED, NOT_ENROLLED -> {
                // go on
            }
        }
        throttle.succeeded(login, clientAddress, user.userId());
        tx.write(Scope.SYSTEM, () -> {
            users.recordLogin(user.userId());
            memberships.used(membership.get());
            return null;
        });
        var authentication = memberships.authentication(user, membership.get());
        return AuthenticationResponse.success(authentication.getName(), authentication.getRoles(),
                authentication.getAttributes());
    }

    private static AuthenticationResponse failed() {
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }
}
