package nl.thuisplan.auth;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import nl.thuisplan.people.OrganisationKind;

/** A person's memberships; row-level security shows those in the caller's scope. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MembershipRepository extends CrudRepository<Membership, Long> {

    /** All of a person's memberships, past and future included, oldest first. */
    @Query("select * from membership where user_id = :userId order by membership_id")
    List<Membership> ofPerson(Long userId);

    /**
     * The memberships active on the day, the most recently used first, then by id: the first is the
     * one a login picks.
     */
    @Query("""
            select * from membership where user_id = :userId
              and valid_from <= :day and (valid_to is null or valid_to >= :day)
            order by last_used_at desc nulls last, membership_id""")
    List<Membership> activeOf(Long userId, LocalDate day);

    /** A membership with the names a person reads: its organisation and its region, municipality or province. */
    @Introspected
    record Described(Long membershipId, Long organisationId, String organisationName, OrganisationKind organisationKind,
                     Role role, @Nullable String regionCode, @Nullable String regionName, @Nullable String municipalityCode,
                     @Nullable String municipalityName, @Nullable String provinceCode, @Nullable String provinceName,
                     boolean managesPeople, LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @Query("""
            select m.membership_id, o.organisation_id, o.name as organisation_name, o.kind as organisation_kind, m.role,
                   r.code as region_code, r.name as region_name, m.municipality_code, mu.name as municipality_name,
                   m.province_code, p.name as province_name, m.manages_people, m.valid_from, m.valid_to
            from membership m join organisation o using (organisation_id)
              left join region r on r.region_id = m.region_id
              left join municipality mu on mu.code = m.municipality_code
              left join province p on p.code = m.province_code
            where m.user_id = :userId order by m.membership_id""")
    List<Described> describedOf(Long userId);

    @Query("update membership set last_used_at = now() where membership_id = :membershipId")
    void markUsed(Long membershipId);
}
