package nl.thuisplan.auth.password;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import nl.thuisplan.auth.UserAccount;

/**
 * The one place this package reads and writes a person's password hash and lock-out state, in
 * {@code credential} (V11): a person without a row has no password yet (invited). Run in the system
 * scope, the only one that sees credentials.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordStore extends GenericRepository<UserAccount, Long> {

    /** The Argon2id hash; empty when the person has no password (yet). */
    @Query("select password_hash from credential where user_id = :userId")
    Optional<String> hashOf(long userId);

    /** Sets the hash and lifts a lock-out: whoever sets a new password starts with a clean count. */
    @Query("insert into credential (user_id, password_hash) values (:userId, :hash) on conflict (user_id) do update "
            + "set password_hash = excluded.password_hash, failed_logins = 0, locked_until = null, password_changed_at = now()")
    int setHash(long userId, String hash);

    @Query("select exists (select 1 from credential where user_id = :userId and locked_until > now())")
    boolean locked(long userId);

    /** A wrong current password counts as a failed login, with the same lock-out as the login. */
    @Query("""
            update credential set
              locked_until = case when failed_logins + 1 >= :maxFailures
                                  then now() + make_interval(mins => :lockMinutes) else locked_until end,
              failed_logins = case when failed_logins + 1 >= :maxFailures then 0 else failed_logins + 1 end
            where user_id = :userId""")
    void recordFailure(long userId, int maxFailures, int lockMinutes);
}
