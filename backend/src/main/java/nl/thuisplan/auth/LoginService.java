package nl.thuisplan.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Checks a username (or e-mail address) and password. After {@code thuisplan.login.max-failures}
 * consecutive failures the account is locked for {@code thuisplan.login.lock-minutes}; while
 * locked, even the right password is refused, which stops online guessing. A person without an
 * active membership, or without a password yet, gets the same answer as a disabled one.
 */
@Singleton
class LoginService {

    /** Travels as the failure message: Micronaut's bearer login handler keeps only the message. */
    static final String LOCKED = "LOGIN_LOCKED";

    private final UserAccountRepository users;
    private final CredentialRepository credentials;
    private final PasswordHasher hasher;
    private final ActiveMemberships memberships;
    private final TenantTransactions tx;
    private final int maxFailures;
    private final int lockMinutes;

    LoginService(UserAccountRepository users, CredentialRepository credentials, PasswordHasher hasher,
                 ActiveMemberships memberships, TenantTransactions tx,
                 @Value("${thuisplan.login.max-failures:5}") int maxFailures,
                 @Value("${thuisplan.login.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.credentials = credentials;
        this.hasher = hasher;
        this.memberships = memberships;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    AuthenticationResponse authenticate(AuthenticationRequest<String, String> request) {
        String login = request.getIdentity() == null ? "" : request.getIdentity().trim().toLowerCase(Locale.ROOT);
        String password = request.getSecret() == null ? "" : request.getSecret();
        Optional<UserAccount> found = tx.read(Scope.SYSTEM, () -> users.findByLogin(login));
        Optional<Credential> credential = found.flatMap(u -> tx.read(Scope.SYSTEM, () -> credentials.find(u.userId())));
        if (credential.isEmpty()) {
            hasher.spendTimeForUnknownUser(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND);
        }
        UserAccount user = found.get();
        if (credential.get().lockedAt(Instant.now())) {
            return AuthenticationResponse.failure(LOCKED);
        }
        if (!user.active()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        if (!hasher.matches(password, credential.get().passwordHash())) {
            tx.write(Scope.SYSTEM, () -> {
                credentials.recordFailure(user.userId(), maxFailures, lockMinutes);
                return null;
            });
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        Optional<Membership> membership = memberships.atLogin(user);
        if (membership.isEmpty()) {
            // nothing to act in today: as good as disabled, and said the same way
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        tx.write(Scope.SYSTEM, () -> {
            if (credential.get().failedLogins() > 0) {
                credentials.recordSuccess(user.userId());
            }
            users.recordLogin(user.userId());
            memberships.used(membership.get());
            return null;
        });
        var authentication = memberships.authentication(user, membership.get());
        return AuthenticationResponse.success(authentication.getName(), authentication.getRoles(),
                authentication.getAttributes());
    }
}
