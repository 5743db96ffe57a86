package nl.thuisplan.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** Counts a failed login; the failure that reaches the limit locks the account for a while. */
    @Query("""
            update app_user set
              locked_until = case when failed_logins + 1 >= :maxFailures
                                  then now() + make_interval(mins => :lockMinutes) else locked_until end,
              failed_logins = case when failed_logins + 1 >= :maxFailures then 0 else failed_logins + 1 end
            where user_id = :userId""")
    void recordFailure(Long userId, int maxFailures, int lockMinutes);

    @Query("update app_user set failed_logins = 0, locked_until = null where user_id = :userId")
    void recordSuccess(Long userId);
}
