package nl.thuisplan.auth.totp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.thuisplan.auth.password.AccountAudit;
import nl.thuisplan.common.ProblemException;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * A person's second factor: enrolment (start, confirm with a code), switching it off, new recovery codes,
 * the beheerder's reset, and the check at login. Every change is audited on the person
 * ({@link AccountAudit}). The secret is shown once, when the enrolment starts, and never again.
 */
@Singleton
public class SecondFactors {

    /** The outcome of the second-factor step of a login whose password matched. */
    public enum Check {
        /** The person has no confirmed second factor: nothing to check. */
        NOT_ENROLLED,
        /** A second factor is on and no code came with the login. */
        CODE_MISSING,
        /** The code (or a recovery code) was right and is now used up. */
        ACCEPTED,
        /** A wrong, replayed or used-up code. */
        REFUSED
    }

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    // no 0/O, 1/l/I: codes are written down and typed back
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecondFactorRepository repo;
    private final SecretBox box;
    private final AccountAudit audit;
    private final TenantTransactions tx;
    private final Clock clock;

    SecondFactors(SecondFactorRepository repo, SecretBox box, AccountAudit audit, TenantTransactions tx) {
        this.repo = repo;
        this.box = box;
        this.audit = audit;
        this.tx = tx;
        this.clock = Clock.systemUTC();
    }

    SecondFactorViews.Status status(String username) {
        long userId = userId(username);
        return tx.read(Scope.SYSTEM, () -> {
            var row = repo.find(userId).filter(r -> r.confirmedAt() != null);
            LoginPolicy policy = policyOf(userId);
            return new SecondFactorViews.Status(row.isPresent(), row.map(SecondFactorRepository.Row::confirmedAt).orElse(null),
                    row.isPresent() ? (int) repo.recoveryCodesLeft(userId) : 0, policy.secondFactorRequired(), policy.localLoginAllowed());
        });
    }

    SecondFactorViews.Enrolment start(String username) {
        long userId = userId(username);
        byte[] secret = Totp.newSecret();
        String base32 = Totp.toBase32(secret);
        return tx.write(Scope.SYSTEM, () -> {
            if (repo.start(userId, box.seal(secret, userId)) == 0) {
                throw new ProblemException(HttpStatus.CONFLICT, "SECOND_FACTOR_ALREADY_ON",
                        "Tweestapsverificatie staat al aan. Zet haar eerst uit om een nieuwe app te koppelen.");
            }
            String account = repo.accountName(userId).orElse(username);
            return new SecondFactorViews.Enrolment(base32, Totp.uri(account, base32), account);
        });
    }

    SecondFactorViews.RecoveryCodes confirm(String username, String code) {
        long userId = userId(username);
        return tx.write(Scope.SYSTEM, () -> {
            var row = repo.find(userId).orElseThrow(SecondFactors::notStarted);
            if (row.confirmedAt() != null) {
                throw new ProblemException(HttpStatus.CONFLICT, "SECOND_FACTOR_ALREADY_ON", "Tweestapsverificatie staat al aan.");
            }
            OptionalLong step = Totp.matchingStep(box.open(row.secretEncrypted(), userId), code, clock.instant(), null);
            if (step.isEmpty()) {
                throw codeInvalid();
            }
            repo.confirm(userId, step.getAsLong());
            List<String> codes = newRecoveryCodes(userId);
            audit.record(username, "SECOND_FACTOR_ENABLED", userId, null);
            return new SecondFactorViews.RecoveryCodes(codes);
        });
    }

    void disable(String username, String code) {
        long userId = userId(username);
        tx.write(Scope.SYSTEM, () -> {
            if (policyOf(userId).secondFactorRequired()) {
                throw new ProblemException(HttpStatus.CONFLICT, "SECOND_FACTOR_REQUIRED",
                        "Uw organisatie vereist tweestapsverificatie; u kunt haar niet uitzetten.");
            }
            requireCurrentCode(userId, code);
            repo.delete(userId);
            repo.deleteRecoveryCodes(userId);
            audit.record(username, "SECOND_FACTOR_DISABLED", userId, null);
            return null;
        });
    }

    SecondFactorViews.RecoveryCodes renewRecoveryCodes(String username, String code) {
        long userId = userId(username);
        return tx.write(Scope.SYSTEM, () -> {
            requireCurrentCode(userId, code);
            List<String> codes = newRecoveryCodes(userId);
            audit.record(username, "RECOVERY_CODES_RENEWED", userId, null);
            return new SecondFactorViews.RecoveryCodes(codes);
        });
    }

    /**
     * The beheerder's reset for a person who lost the phone: the second factor and its recovery codes go, the
     * person enrols again at the next login. The caller checks that the beheerder may act on the person.
     * Runs inside the caller's transaction of the person's change.
     */
    public boolean reset(String actor, long userId) {
        return tx.write(Scope.SYSTEM, () -> {
            boolean had = repo.delete(userId) > 0;
            repo.deleteRecoveryCodes(userId);
            if (had) {
                audit.record(actor, "SECOND_FACTOR_RESET", userId, null);
            }
            return had;
        });
    }

    /**
     * The second step of a password login: a TOTP code of the current step (±1) not used before, or an unused
     * recovery code; either is used up by this check.
     */
    public Check checkAtLogin(long userId, String username, @Nullable String code) {
        return tx.write(Scope.SYSTEM, () -> {
            var row = repo.find(userId).filter(r -> r.confirmedAt() != null);
            if (row.isEmpty()) {
                return Check.NOT_ENROLLED;
            }
            if (code == null || code.isBlank()) {
                return Check.CODE_MISSING;
            }
            String typed = code.strip();
            if (typed.matches("[0-9]{6}")) {
                OptionalLong step = Totp.matchingStep(box.open(row.get().secretEncrypted(), userId), typed, clock.instant(),
                        row.get().lastUsedStep());
                return step.isPresent() && repo.use(userId, step.getAsLong()) == 1 ? Check.ACCEPTED : Check.REFUSED;
            }
            if (typed.length() <= 40 && repo.useRecoveryCode(userId, hash(normalise(typed))) == 1) {
                audit.record(username, "RECOVERY_CODE_USED", userId, null);
                return Check.ACCEPTED;
            }
            return Check.REFUSED;
        });
    }

    /**
     * Whether the person must enrol before anything else: an organisation requires a second factor for password
     * logins, the person has a password and may use it (a local account), and none is confirmed. A person who
     * only logs in through single sign-on (no password, or password login switched off) is left alone: the
     * organisation's identity provider does its multi-factor login.
     */
    public boolean enrolmentRequired(long userId) {
        return tx.read(Scope.SYSTEM, () -> {
            LoginPolicy policy = policyOf(userId);
            return policy.secondFactorRequired() && policy.localLoginAllowed() && repo.hasPassword(userId)
                    && repo.find(userId).filter(r -> r.confirmedAt() != null).isEmpty();
        });
    }

    /** What the person's organisations ask of its login. */
    public LoginPolicy policy(long userId) {
        return tx.read(Scope.SYSTEM, () -> policyOf(userId));
    }

    /** Required when any organisation of an active membership requires it; local login only when all allow it. */
    public record LoginPolicy(boolean secondFactorRequired, boolean localLoginAllowed) {
    }

    private LoginPolicy policyOf(long userId) {
        List<SecondFactorRepository.Policy> all = repo.policies(userId);
        return new LoginPolicy(all.stream().anyMatch(SecondFactorRepository.Policy::secondFactorRequired),
                all.stream().allMatch(SecondFactorRepository.Policy::localLoginAllowed));
    }

    private void requireCurrentCode(long userId, String code) {
        var row = repo.find(userId).filter(r -> r.confirmedAt() != null).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "SECOND_FACTOR_OFF", "Tweestapsverificatie staat niet aan."));
        OptionalLong step = Totp.matchingStep(box.open(row.secretEncrypted(), userId), code, clock.instant(), row.lastUsedStep());
        if (step.isEmpty() || repo.use(userId, step.getAsLong()) != 1) {
            throw codeInvalid();
        }
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        repo.deleteRecoveryCodes(userId);
        repo.addRecoveryCodes(userId, codes.stream().map(c -> hash(normalise(c))).toArray(String[]::new));
        return codes;
    }

    /** Typed back with or without the dash, in any case. */
    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /**
     * SHA-256 is enough: a recovery code carries 49 random bits and is tried only through the login, whose
     * lock-out counts every wrong one; a slow hash would only slow the login.
     */
    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    ("recovery-code\0" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private long userId(String username) {
        return tx.read(Scope.SYSTEM, () -> repo.activeUserId(username))
                .orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Log opnieuw in."));
    }

    private static ProblemException notStarted() {
        return new ProblemException(HttpStatus.CONFLICT, "SECOND_FACTOR_NOT_STARTED",
                "Start eerst het koppelen van uw authenticator-app.");
    }

    private static ProblemException codeInvalid() {
        return ProblemException.badInput("code", "CODE_INVALID", "Deze code klopt niet. Voer de code in die uw app nu toont.");
    }
}
