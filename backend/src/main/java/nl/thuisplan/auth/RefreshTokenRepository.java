package nl.thuisplan.auth;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends GenericRepository<RefreshToken, String> {

    @Query("insert into refresh_token (token_hash, user_id, expires_at) select :tokenHash, user_id, :expiresAt from app_user "
            + "where username = :username")
    void store(String tokenHash, Instant expiresAt, String username);

    /** The user of a token that is neither revoked nor expired (none or one). */
    @Query("select user_id from refresh_token where token_hash = :tokenHash and not revoked and expires_at > now()")
    List<Long> validUser(String tokenHash);
}
