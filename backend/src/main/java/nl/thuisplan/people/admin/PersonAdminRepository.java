package nl.thuisplan.people.admin;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.thuisplan.auth.Role;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.people.OrganisationKind;
import nl.thuisplan.region.Memberships;

/**
 * The beheerder's reads and guarded writes of persons. Status and lock-out come from
 * {@code credential}, open invitations from {@code one_time_link}: both visible to the system scope
 * only, so these run with {@code Scope.SYSTEM} after {@link PeoplePolicy} has decided, and the
 * region filter of a regio beheerder is a parameter of the query. A person's {@code version} is the
 * row's {@code xmin}: every update of the row changes it, so it serves as the optimistic lock
 * without a column of its own.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonAdminRepository extends GenericRepository<UserAccount, Long> {

    /** The region(s) a membership works in: its own (regio, partner) or its municipality's regions today. */
    String MEMBERSHIP_REGION = " membership m left join region_membership rm on rm.municipality_code = m.municipality_code and "
            + Memberships.CURRENT + " ";

    String PERSON = """
            select u.user_id, u.username, u.display_name, u.email, u.active, u.last_login_at,
                   c.user_id is not null as has_password, coalesce(c.locked_until > now(), false) as locked,
                   cast(cast(u.xmin as text) as bigint) as version,
                   exists (select 1 from sso_identity i where i.user_id = u.user_id) as has_sso,
                   exists (select 1 from sso_identity i where i.user_id = u.user_id and i.awaiting_approval)
                       and not exists (select 1 from membership w where w.user_id = u.user_id) as awaiting_approval
            from app_user u left join credential c on c.user_id = u.user_id""";

    String FILTER = " " + """
             where (cast(:q as text) is null or strpos(lower(u.display_name), lower(:q)) > 0
                    or strpos(lower(coalesce(u.email, '')), lower(:q)) > 0 or strpos(u.username, lower(:q)) > 0)
               and (cast(:organisationId as bigint) is null
                    or exists (select 1 from membership o where o.user_id = u.user_id and o.organisation_id = :organisationId))
               and (cast(:regionId as integer) is null or exists (select 1 from """ + MEMBERSHIP_REGION + """
                     where m.user_id = u.user_id and coalesce(m.region_id, rm.region_id) = :regionId))
               and (cast(:scopeRegionId as integer) is null or exists (select 1 from """ + MEMBERSHIP_REGION + """
                     where m.user_id = u.user_id and coalesce(m.region_id, rm.region_id) = :scopeRegionId))
               and (cast(:active as boolean) is null or u.active = :active)
               and (cast(:hasPassword as boolean) is null or (c.user_id is not null) = :hasPassword)""";

    @Introspected
    record PersonRow(long userId, String username, String displayName, @Nullable String email, boolean active,
                     @Nullable Instant lastLoginAt, boolean hasPassword, boolean locked, long version,
                     boolean hasSso, boolean awaitingApproval) {
    }

    @Query(PERSON + FILTER + " order by lower(u.display_name), u.user_id limit :limit offset :offset")
    List<PersonRow> search(@Nullable String q, @Nullable Long organisationId, @Nullable Integer regionId,
                           @Nullable Integer scopeRegionId, @Nullable Boolean active, @Nullable Boolean hasPassword, int limit, int offset);

    @Query("select count(*) from app_user u left join credential c on c.user_id = u.user_id" + FILTER)
    long count(@Nullable String q, @Nullable Long organisationId, @Nullable Integer regionId,
               @Nullable Integer scopeRegionId, @Nullable Boolean active, @Nullable Boolean hasPassword);

    @Query(PERSON + " where u.user_id = :userId")
    Optional<PersonRow> person(long userId);

    /** Whether the person is visible in the scope of the enclosing transaction (row-level security). */
    @Query("select exists (select 1 from app_user where user_id = :userId)")
    boolean visible(long userId);

    @Query("select exists (select 1 from app_user where user_id <> :userId and (username = lower(:email) or lower(email) = lower(:email)))")
    boolean addressTakenByOther(long userId, String email);

    @Introspected
    record MembershipRow(long membershipId, long userId, long organisationId, String organisationName,
                         OrganisationKind organisationKind, Role role, @Nullable String regionCode, @Nullable String regionName,
                         @Nullable String municipalityCode, @Nullable String municipalityName, @Nullable String provinceCode,
                         @Nullable String provinceName, boolean managesPeople, LocalDate validFrom, @Nullable LocalDate validTo,
                         int version) {
    }

    @Query("""
            select m.membership_id, m.user_id, o.organisation_id, o.name as organisation_name, o.kind as organisation_kind, m.role,
                   r.code as region_code, r.name as region_name, m.municipality_code, mu.name as municipality_name,
                   m.province_code, p.name as province_name, m.manages_people, m.valid_from, m.valid_to, m.version
            from membership m join organisation o using (organisation_id)
              left join region r on r.region_id = m.region_id
              left join municipality mu on mu.code = m.municipality_code
              left join province p on p.code = m.province_code
            where m.user_id = any(:userIds) order by m.user_id, m.valid_from, m.membership_id""")
    List<MembershipRow> membershipsOf(Long[] userIds);

    /** One row per membership and region it works in (a membership without a region: one row, region null). */
    @Introspected
    record MembershipRegion(long membershipId, @Nullable Integer regionId) {
    }

    @Query("select m.membership_id, coalesce(m.region_id, rm.region_id) as region_id from " + MEMBERSHIP_REGION
            + " where m.user_id = :userId order by 1, 2")
    List<MembershipRegion> regionsOf(long userId);

    @Query("select exists (select 1 from region_membership rm where rm.municipality_code = :code and rm.region_id = :regionId and "
            + Memberships.CURRENT + ")")
    boolean municipalityInRegion(String code, int regionId);

    @Introspected
    record OpenInvitation(long linkId, Instant expiresAt, String createdBy) {
    }

    @Query("""
            select link_id, expires_at, created_by from one_time_link
            where user_id = :userId and purpose = 'INVITATION' and used_at is null and revoked_at is null and expires_at > now()
            order by link_id desc limit 1""")
    Optional<OpenInvitation> openInvitation(long userId);

    /** Changes name and address when the row is still the version read; the username follows an address login. */
    @Query("""
            update app_user set display_name = :displayName, email = :email,
                   username = case when username = lower(coalesce(email, '')) then lower(:email) else username end
            where user_id = :userId and cast(cast(xmin as text) as bigint) = :version""")
    int update(long userId, long version, String displayName, String email);

    @Query("""
            update app_user set active = :active, deactivated_at = case when :active then null else now() end
            where user_id = :userId and cast(cast(xmin as text) as bigint) = :version""")
    int setActive(long userId, long version, boolean active);

    @Query("update credential set failed_logins = 0, locked_until = null where user_id = :userId")
    int unlock(long userId);

    /**
     * Serialises the checks of "the last active platform beheerder" for the rest of the
     * transaction, so two deactivations at once cannot each see the other as the one that remains.
     */
    @Query("select 1 from pg_advisory_xact_lock(130013)")
    int lockPlatformAdmins();

    @Query("""
            select count(distinct u.user_id) from app_user u join membership m on m.user_id = u.user_id
            where u.active and u.user_id <> :userId and m.role = 'PLATFORM_ADMIN'
              and m.valid_from <= current_date and (m.valid_to is null or m.valid_to >= current_date)""")
    long otherActivePlatformAdmins(long userId);

    @Query("""
            update membership set valid_to = :validTo, manages_people = :managesPeople, version = version + 1
            where membership_id = :membershipId and version = :version""")
    int updateMembership(long membershipId, int version, @Nullable LocalDate validTo, boolean managesPeople);
}
