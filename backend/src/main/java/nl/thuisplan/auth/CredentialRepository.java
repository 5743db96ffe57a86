package nl.thuisplan.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Passwords (the lock-out counters are {@link LoginThrottleRepository}'s); visible only with the whole scope (login, refresh, the platform's own work). */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface CredentialRepository extends GenericRepository<Credential, Long> {

    @Query("select * from credential where user_id = :userId")
    Optional<Credential> find(Long userId);

    /** Sets (or replaces) the password; a new password also ends a lock-out. */
    @Query("""
            insert into credential (user_id, password_hash) values (:userId, :passwordHash)
            on conflict (user_id) do update set password_hash = excluded.password_hash, failed_logins = 0,
              locked_until = null, password_changed_at = now()""")
    void setPassword(Long userId, String passwordHash);

}
