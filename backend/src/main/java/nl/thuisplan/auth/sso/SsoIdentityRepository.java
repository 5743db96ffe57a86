package nl.thuisplan.auth.sso;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** Identities and SSO sessions: the platform's own records, read and written with the whole scope only. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SsoIdentityRepository extends GenericRepository<SsoIdentity, Long> {

    @Query("select * from sso_identity where issuer = :issuer and subject = :subject")
    Optional<SsoIdentity> find(String issuer, String subject);

    @Query("""
            insert into sso_identity (user_id, issuer, subject, provider, awaiting_approval, groups_hint, last_login_at)
            values (:userId, :issuer, :subject, :provider, :awaitingApproval, :groupsHint, now())""")
    void link(long userId, String issuer, String subject, String provider, boolean awaitingApproval, @Nullable String groupsHint);

    @Query("""
            update sso_identity set last_login_at = now(), groups_hint = :groupsHint,
                   awaiting_approval = awaiting_approval and :stillWaiting
            where identity_id = :identityId""")
    void loggedIn(long identityId, @Nullable String groupsHint, boolean stillWaiting);

    /** The organisations a person has a membership in, whatever its period: invited, active or ended. */
    @Query("select distinct organisation_id from membership where user_id = :userId")
    List<Long> organisationsOf(long userId);

    /** The organisations named by a provider's codes: municipality, province or region code, or KvK number. */
    @Query("""
            select o.organisation_id from organisation o left join region r on r.region_id = o.region_id
            where o.municipality_code = any(:codes) or o.province_code = any(:codes) or o.kvk_number = any(:codes)
               or r.code = any(:codes) order by 1""")
    List<Long> organisationsNamed(String[] codes);

    @Query("insert into sso_session (session_id, user_id, provider, id_token) values (cast(:sessionId as uuid), :userId, :provider, :idToken)")
    void startSession(String sessionId, long userId, String provider, String idToken);

    @Query("select provider from sso_session where session_id = cast(:sessionId as uuid)")
    Optional<String> sessionProvider(String sessionId);

    @Query("select id_token from sso_session where session_id = cast(:sessionId as uuid)")
    Optional<String> sessionIdToken(String sessionId);

    @Query("delete from sso_session where session_id = cast(:sessionId as uuid)")
    void endSession(String sessionId);
}
