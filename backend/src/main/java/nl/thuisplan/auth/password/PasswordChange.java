package nl.thuisplan.auth.password;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.auth.PasswordHasher;
import nl.thuisplan.common.FieldProblem;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * A logged-in person changes their own password. The current password must be given; a wrong one
 * counts as a failed login (the same lock-out as the login), so a stolen session cannot be used to
 * guess it. The slow Argon2 work happens outside any transaction.
 */
@Singleton
class PasswordChange {

    static final String WRONG = "PASSWORD_WRONG";

    private final Persons persons;
    private final PasswordStore store;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AccountAudit audit;
    private final TenantTransactions tx;
    private final int maxFailures;
    private final int lockMinutes;

    PasswordChange(Persons persons, PasswordStore store, PasswordHasher hasher, PasswordPolicy policy, AccountAudit audit,
                   TenantTransactions tx,
                   @Value("${thuisplan.login.max-failures:5}") int maxFailures,
                   @Value("${thuisplan.login.lock-minutes:15}") int lockMinutes) {
        this.persons = persons;
        this.store = store;
        this.hasher = hasher;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    void change(String username, String currentPassword, String newPassword) {
        long userId = tx.read(Scope.SYSTEM, () -> persons.byUsername(username))
                .filter(Persons.Person::active)
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Log opnieuw in."))
                .userId();
        if (tx.read(Scope.SYSTEM, () -> store.locked(userId))) {
            throw new ProblemException(HttpStatus.LOCKED, "LOGIN_LOCKED",
                    "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over een kwartier opnieuw.");
        }
        String hash = tx.read(Scope.SYSTEM, () -> store.hashOf(userId)).orElse(null);
        if (hash == null || currentPassword == null || !hasher.matches(currentPassword, hash)) {
            tx.write(Scope.SYSTEM, () -> {
                store.recordFailure(userId, maxFailures, lockMinutes);
                return null;
            });
            String message = "Het huidige wachtwoord klopt niet.";
            throw new ProblemException(HttpStatus.BAD_REQUEST, WRONG, message,
                    List.of(new FieldProblem("currentPassword", WRONG, message)));
        }
        policy.check("newPassword", newPassword);
        String newHash = hasher.hash(newPassword);
        tx.write(Scope.SYSTEM, () -> {
            store.setHash(userId, newHash);
            audit.record(username, "PASSWORD_CHANGED", userId, null);
            return null;
        });
    }
}
