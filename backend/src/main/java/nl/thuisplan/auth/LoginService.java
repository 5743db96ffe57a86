package nl.thuisplan.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * Checks a username and password. After {@code thuisplan.login.max-failures} consecutive
 * failures the account is locked for {@code thuisplan.login.lock-minutes}; while locked, even the
 * right password is refused, which stops online guessing.
 */
@Singleton
class LoginService {

    /** Travels as the failure message: Micronaut's bearer login handler keeps only the message. */
    static final String LOCKED = "LOGIN_LOCKED";

    private final UserAccountRepository users;
    private final PasswordHasher hasher;
    private final CallerFactory callers;
    private final TenantTransactions tx;
    private final int maxFailures;
    private final int lockMinutes;

    LoginService(UserAccountRepository users, PasswordHasher hasher, CallerFactory callers,
                                TenantTransactions tx,
                                @Value("${thuisplan.login.max-failures:5}") int maxFailures,
                                @Value("${thuisplan.login.lock-minutes:15}") int lockMinutes) {
        this.users = users;
        this.hasher = hasher;
        this.callers = callers;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    AuthenticationResponse authenticate(AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity() == null ? "" : credentials.getIdentity().trim().toLowerCase(Locale.ROOT);
        String password = credentials.getSecret() == null ? "" : credentials.getSecret();
        Optional<UserAccount> found = tx.read(Scope.SYSTEM, () -> users.findByUsername(username));
        if (found.isEmpty()) {
            hasher.spendTimeForUnknownUser(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND);
        }
        UserAccount user = found.get();
        if (user.lockedAt(Instant.now())) {
            return AuthenticationResponse.failure(LOCKED);
        }
        if (!user.active()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        if (!hasher.matches(password, user.passwordHash())) {
            tx.write(Scope.SYSTEM, () -> {
                users.recordFailure(user.userId(), maxFailures, lockMinutes);
                return null;
            });
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (user.failedLogins() > 0) {
            tx.write(Scope.SYSTEM, () -> {
                users.recordSuccess(user.userId());
                return null;
            });
        }
        Caller caller = callers.callerFor(user);
        return AuthenticationResponse.success(user.username(), List.of(user.role().name()), caller.attributes());
    }
}
