package nl.thuisplan.auth.password;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;
import nl.thuisplan.auth.UserAccount;

/**
 * The one place this package reads and writes a person's password hash and lock-out state.
 * Today they are columns of {@code app_user}; where they move to a credential table of their own,
 * only these queries change. Run in the system scope.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordStore extends GenericRepository<UserAccount, Long> {

    /** The Argon2id hash; empty when the person has no password (yet). */
    @Query("select password_hash from app_user where user_id = :userId")
    Optional<String> hashOf(long userId);

    /** Sets the hash and lifts a lock-out: whoever sets a new password starts with a clean count. */
    @Query("update app_user set password_hash = :hash, failed_logins = 0, locked_until = null where user_id = :userId")
    int setHash(long userId, String hash);

    @Query("select exists (select 1 from app_user where user_id = :userId and locked_until > now())")
    boolean locked(long userId);

    /** A wrong current password counts as a failed login, with the same lock-out as the login. */
    @Query("""
            update app_user set
              locked_until = case when failed_logins + 1 >= :maxFailures
                                  then now() + make_interval(mins => :lockMinutes) else locked_until end,
              failed_logins = case when failed_logins + 1 >= :maxFailures then 0 else failed_logins + 1 end
            where user_id = :userId""")
    void recordFailure(long userId, int maxFailures, int lockMinutes);
}
