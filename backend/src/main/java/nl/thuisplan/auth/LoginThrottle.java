package nl.thuisplan.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.TenantTransactions;

/**
 * How many logins are tried, counted before each password is checked:
 * <ul>
 * <li>per typed login name and client address ({@code per-login-failures}, default 5): the lock a
 * guesser runs into. It is keyed by the name as typed, so an unknown name locks exactly like a real
 * one and the answers never tell which accounts exist; and by address, so a guesser elsewhere cannot
 * lock a person out of their own office;</li>
 * <li>per client address over every name ({@code per-address-failures}, default 50): one address
 * spraying a common password over many names gets 429 with {@code Retry-After};</li>
 * <li>per account over every address ({@code account-max-failures}, default 25): a guess spread
 * over many addresses locks the account for {@code lock-minutes}; the beheerder can unlock it.</li>
 * </ul>
 * A successful login takes its attempt back from the address and clears the name's and account's counters.
 */
@Singleton
public class LoginThrottle {

    /** What the counters decided about one attempt. */
    sealed interface Gate {
    }

    record Admitted() implements Gate {
    }

    /** The name (from this address) or the account is locked: answered as a failed login. */
    record Locked() implements Gate {
    }

    /** The address has failed too often: answered 429, with the seconds until its window ends. */
    record AddressThrottled(long retryAfterSeconds) implements Gate {
    }

    private final LoginThrottleRepository counters;
    private final TenantTransactions tx;
    private final int perLogin;
    private final int perAddress;
    private final int perAccount;
    private final int minutes;

    LoginThrottle(LoginThrottleRepository counters, TenantTransactions tx,
                  @Value("${thuisplan.login.per-login-failures:5}") int perLogin,
                  @Value("${thuisplan.login.per-address-failures:50}") int perAddress,
                  @Value("${thuisplan.login.account-max-failures:25}") int perAccount,
                  @Value("${thuisplan.login.lock-minutes:15}") int minutes) {
        this.counters = counters;
        this.tx = tx;
        this.perLogin = perLogin;
        this.perAddress = perAddress;
        this.perAccount = perAccount;
        this.minutes = minutes;
    }

    /** Counts an attempt of {@code login} from {@code address} and says whether its password may be checked. */
    Gate admit(String login, String address) {
        return tx.write(Scope.SYSTEM, () -> {
            LoginThrottleRepository.Counted byAddress = one(counters.count(addressKey(address), null, minutes));
            if (byAddress.attempts() > perAddress) {
                Instant end = byAddress.windowStartedAt().plus(Duration.ofMinutes(minutes));
                return new AddressThrottled(Math.max(1, Duration.between(Instant.now(), end).toSeconds()));
            }
            LoginThrottleRepository.Counted byLogin = one(counters.count(loginKey(login, address), hash("login", login), minutes));
            return byLogin.attempts() > perLogin ? new Locked() : new Admitted();
        });
    }

    /** Counts an attempt on the account itself; false while the account is locked. */
    boolean admitAccount(long userId) {
        return tx.write(Scope.SYSTEM, () -> !counters.countForAccount(userId, perAccount, minutes).isEmpty());
    }

    void succeeded(String login, String address, long userId) {
        tx.write(Scope.SYSTEM, () -> {
            counters.takeBack(addressKey(address));
            counters.clear(loginKey(login, address));
            counters.accountSucceeded(userId);
            return null;
        });
    }

    /**
     * Takes back the attempt of a login whose password was right but that cannot go on (the second factor's
     * code is still to come, local login is off): one attempt fewer on each counter, without clearing any, so
     * sending no code never wipes the wrong codes counted before.
     */
    void notAnAttempt(String login, String address, long userId) {
        tx.write(Scope.SYSTEM, () -> {
            counters.takeBack(addressKey(address));
            counters.takeBack(loginKey(login, address));
            counters.accountTakeBack(userId);
            return null;
        });
    }

    /** The beheerder's unlock: the counters of the person's login names (username, e-mail address) from every address. */
    public void unlock(List<String> logins) {
        String[] hashes = logins.stream().filter(Objects::nonNull).map(l -> hash("login", l.toLowerCase(Locale.ROOT)))
                .toArray(String[]::new);
        tx.write(Scope.SYSTEM, () -> {
            counters.clearLogins(hashes);
            return null;
        });
    }

    /** Rows whose window ended a day ago tell nothing any more. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void deleteEnded() {
        tx.write(Scope.SYSTEM, () -> counters.deleteEnded(minutes + 24 * 60));
    }

    private static LoginThrottleRepository.Counted one(List<LoginThrottleRepository.Counted> rows) {
        return rows.get(0); // an insert … on conflict update always returns its row
    }

    private static String addressKey(String address) {
        return hash("address", address);
    }

    private static String loginKey(String login, String address) {
        return hash("login-address", login + "\0" + address);
    }

    /** SHA-256 of the key: typed names and addresses are personal data and need not be readable in the table. */
    static String hash(String kind, String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((kind + "\0" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
