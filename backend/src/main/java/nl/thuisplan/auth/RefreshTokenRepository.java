package nl.thuisplan.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokenRepository extends GenericRepository<RefreshToken, String> {

    /** Who a valid token was issued to, and for which membership (null only for tokens older than memberships). */
    @Introspected
    record Holder(Long userId, @Nullable Long membershipId) {
    }

    @Query("insert into refresh_token (token_hash, user_id, expires_at, membership_id) "
            + "select :tokenHash, user_id, :expiresAt, :membershipId from app_user where username = :username")
    void store(String tokenHash, Instant expiresAt, String username, @Nullable Long membershipId);

    /** The holder of a token that is neither revoked nor expired (none or one). */
    @Query("select user_id, membership_id from refresh_token where token_hash = :tokenHash and not revoked and expires_at > now()")
    List<Holder> validHolder(String tokenHash);

    /** Ends every session of these persons (e.g. the demo accounts when demo mode is off). */
    @Query("update refresh_token set revoked = true where user_id = any(:userIds) and not revoked")
    void revokeAllOf(Long[] userIds);
}
