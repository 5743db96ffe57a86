package nl.thuisplan.auth.link;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** The rows of {@code one_time_link}; visible only in the system scope (forced row-level security). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OneTimeLinkRepository extends GenericRepository<OneTimeLink, Long> {

    /** What a link that can still be used says about itself. */
    @Introspected
    record Open(long linkId, String purpose, long userId, String email, Instant expiresAt) {
    }

    String OPEN = "used_at is null and revoked_at is null and expires_at > now()";

    @Query("insert into one_time_link (purpose, token_hash, user_id, email, created_by, expires_at) "
            + "values (:purpose, :tokenHash, :userId, :email, :createdBy, :expiresAt) returning link_id")
    long insert(String purpose, String tokenHash, long userId, String email, String createdBy, Instant expiresAt);

    @Query("select link_id, purpose, user_id, email, expires_at from one_time_link where token_hash = :tokenHash and " + OPEN)
    Optional<Open> findOpen(String tokenHash);

    /**
     * The guarded write that makes a link single-use: of two concurrent uses, the second waits for
     * the first's row lock, then finds {@code used_at} set and changes nothing (0).
     */
    @Query("update one_time_link set used_at = now() where link_id = :linkId and " + OPEN)
    int markUsed(long linkId);

    @Query("update one_time_link set revoked_at = now() where link_id = :linkId and used_at is null and revoked_at is null")
    int revoke(long linkId);

    /** Revokes the person's links of a purpose that are still open (a new reset link replaces the old one). */
    @Query("update one_time_link set revoked_at = now() "
            + "where user_id = :userId and purpose = :purpose and used_at is null and revoked_at is null")
    int revokeOpen(long userId, String purpose);

    @Query("select count(*) from one_time_link where email = :email and purpose = :purpose and created_at > :since")
    int countSince(String email, String purpose, Instant since);
}
