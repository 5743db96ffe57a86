package nl.thuisplan.auth.password;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.thuisplan.auth.UserAccount;

/** Ends a person's sessions: after a password reset no refresh token issued before it works. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface Sessions extends GenericRepository<UserAccount, Long> {

    @Query("update refresh_token set revoked_at = now(), revoked_reason = 'PASSWORD_SET' where user_id = :userId and revoked_at is null")
    int revokeAll(long userId);
}
