package nl.thuisplan.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/**
 * The login counters of {@code login_throttle} and the account-wide one on {@code credential},
 * reached only with the system scope. Every attempt is counted <em>before</em> its password is
 * checked, in one statement whose row lock orders concurrent attempts: of ten guesses sent at once,
 * exactly as many as the limit allows are checked, never one more.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends GenericRepository<LoginThrottleRepository.Counted, String> {

    /** A counter after an attempt was added: mapped as an entity, as Micronaut Data maps {@code returning} rows. */
    @MappedEntity("login_throttle")
    record Counted(int attempts, Instant windowStartedAt) {
    }

    /** The account-wide counter after an attempt was added; none while the account is locked. */
    @MappedEntity("credential")
    record AccountCounted(int failedLogins) {
    }

    /** Adds an attempt to a counter; a window older than {@code minutes} starts again at one. */
    @Query("""
            insert into login_throttle as t (throttle_key, login_hash, attempts, window_started_at)
            values (:key, :loginHash, 1, now())
            on conflict (throttle_key) do update set
              attempts = case when t.window_started_at <= now() - make_interval(mins => :minutes) then 1 else t.attempts + 1 end,
              window_started_at = case when t.window_started_at <= now() - make_interval(mins => :minutes)
                                       then now() else t.window_started_at end
            returning t.attempts, t.window_started_at""")
    List<Counted> count(String key, @Nullable String loginHash, int minutes);

    /** Takes back an attempt that succeeded, so an address's successful logins never count against it. */
    @Query("update login_throttle set attempts = greatest(attempts - 1, 0) where throttle_key = :key")
    void takeBack(String key);

    @Query("delete from login_throttle where throttle_key = :key")
    void clear(String key);

    /** The beheerder's unlock: the counters of these login names from every address. */
    @Query("delete from login_throttle where login_hash = any(:loginHashes)")
    void clearLogins(String[] loginHashes);

    @Query("delete from login_throttle where window_started_at < now() - make_interval(mins => :minutes)")
    int deleteEnded(int minutes);

    /**
     * Adds an attempt to the account's counter unless the account is locked; the attempt that reaches
     * {@code maxFailures} locks it for {@code lockMinutes} (and is itself still checked).
     */
    @Query("""
            update credential set
              failed_logins = case when failed_logins >= :maxFailures then 1 else failed_logins + 1 end,
              locked_until = case when (case when failed_logins >= :maxFailures then 1 else failed_logins + 1 end) >= :maxFailures
                                  then now() + make_interval(mins => :lockMinutes) else null end
            where user_id = :userId and (locked_until is null or locked_until <= now())
            returning failed_logins""")
    List<AccountCounted> countForAccount(long userId, int maxFailures, int lockMinutes);

    /** An attempt that was no guess (see {@link LoginThrottle#notAnAttempt}); a lock already set stays. */
    @Query("update credential set failed_logins = greatest(failed_logins - 1, 0) where user_id = :userId and locked_until is null")
    void accountTakeBack(long userId);

    /** A successful login: the account's counter starts again. */
    @Query("update credential set failed_logins = 0, locked_until = null where user_id = :userId")
    void accountSucceeded(long userId);
}
