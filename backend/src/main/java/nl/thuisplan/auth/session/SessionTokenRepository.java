package nl.thuisplan.auth.session;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rows of {@code refresh_token}, reached only with the system scope. A family (session) is
 * revoked as soon as any of its tokens carries {@code revoked_at}: a token inserted by a refresh that
 * raced with a revocation therefore dies with its family, whatever the order of the two commits.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionTokenRepository extends GenericRepository<SessionToken, String> {

    /**
     * A token that was accepted: whose it is and which session it continues. Mapped as an entity because
     * Micronaut Data maps the rows of an {@code update … returning} only onto one.
     */
    @MappedEntity("refresh_token")
    record Used(long userId, String familyId, @Nullable Long membershipId) {
    }

    /** What is known of a token that was not accepted. */
    @Introspected
    record Known(long userId, String familyId, boolean replaced) {
    }

    /** A session as listed: its first login, last refresh, end and browser. */
    @Introspected
    record Family(String familyId, Instant startedAt, Instant lastUsedAt, Instant expiresAt, @Nullable String userAgent) {
    }

    String FAMILY_REVOKED = "exists (select 1 from refresh_token r where r.family_id = t.family_id and r.revoked_at is not null)";

    /**
     * A new token of a session. A new session ends {@code expiresAt}; a continued one keeps the end of
     * its family, so rotation never stretches a login beyond its lifetime.
     */
    @Query("""
            insert into refresh_token (token_hash, user_id, family_id, expires_at, user_agent, membership_id)
            select :tokenHash, u.user_id, cast(:familyId as uuid),
                   coalesce((select min(f.expires_at) from refresh_token f
                             where f.family_id = cast(:familyId as uuid) and f.user_id = u.user_id), :expiresAt),
                   left(:userAgent, 200), :membershipId
            from app_user u where u.username = :username""")
    void insert(String tokenHash, String username, String familyId, Instant expiresAt, @Nullable String userAgent,
                @Nullable Long membershipId);

    /**
     * Marks a live token replaced and returns it; none when it is unknown, expired, already replaced,
     * of a revoked session or of a deactivated person. Of two concurrent calls with the same token
     * only one gets the row: the other waits for the row lock and then finds {@code replaced_at} set.
     */
    @Query("update refresh_token t set replaced_at = now(), last_used_at = now() from app_user u "
            + "where t.token_hash = :tokenHash and u.user_id = t.user_id and u.active "
            + "and t.replaced_at is null and t.revoked_at is null and t.expires_at > now() and not " + FAMILY_REVOKED + " "
            + "returning t.user_id, cast(t.family_id as text) as family_id, t.membership_id")
    List<Used> use(String tokenHash);

    @Query("select user_id, cast(family_id as text) as family_id, replaced_at is not null as replaced from refresh_token "
            + "where token_hash = :tokenHash")
    Optional<Known> find(String tokenHash);

    /** Revokes every token of the session not revoked yet; the number of tokens revoked. */
    @Query("update refresh_token set revoked_at = now(), revoked_reason = :reason "
            + "where family_id = cast(:familyId as uuid) and revoked_at is null")
    int revokeFamily(String familyId, String reason);

    /** Every live session of a person, newest activity first. */
    @Query("select cast(t.family_id as text) as family_id, min(t.issued_at) as started_at, "
            + "max(coalesce(t.last_used_at, t.issued_at)) as last_used_at, max(t.expires_at) as expires_at, "
            + "(array_agg(t.user_agent order by t.issued_at desc))[1] as user_agent "
            + "from refresh_token t where t.user_id = :userId group by t.family_id "
            + "having bool_and(t.revoked_at is null) and bool_or(t.replaced_at is null and t.expires_at > now()) "
            + "order by last_used_at desc, family_id")
    List<Family> live(long userId);

    /** Revokes every token of these persons not revoked yet (e.g. the demo accounts when demo mode is off). */
    @Query("update refresh_token set revoked_at = now(), revoked_reason = :reason where user_id = any(:userIds) and revoked_at is null")
    int revokeAllTokensOf(Long[] userIds, String reason);

    /** Revokes every token of a person not revoked yet, and so every session. */
    @Query("update refresh_token set revoked_at = now(), revoked_reason = :reason where user_id = :userId and revoked_at is null")
    int revokeAllTokens(long userId, String reason);

    /** Tokens of a person that ended more than a day ago serve nothing any more (a replaced one cannot be reused after its end). */
    @Query("delete from refresh_token where user_id = (select user_id from app_user where username = :username) "
            + "and expires_at < now() - interval '1 day'")
    void forgetEnded(String username);

    @Query("select user_id from app_user where username = :username")
    Optional<Long> userId(String username);

    @Query("select user_id from app_user where user_id = :userId")
    Optional<Long> person(long userId);

    @Query("select username from app_user where user_id = :userId")
    Optional<String> username(long userId);

    /**
     * Whether an access token's session still stands: the person is active, the session (family) has a
     * token that has not ended, and none of its tokens is revoked. One look-up per request, on the indexes
     * {@code refresh_token_family} and the unique {@code app_user.username}.
     */
    @Query("select exists (select 1 from refresh_token t join app_user u on u.user_id = t.user_id "
            + "where t.family_id = cast(:sessionId as uuid) and u.username = :username and u.active and t.expires_at > now()) "
            + "and not exists (select 1 from refresh_token r where r.family_id = cast(:sessionId as uuid) and r.revoked_at is not null)")
    boolean sessionStands(String username, String sessionId);

}
