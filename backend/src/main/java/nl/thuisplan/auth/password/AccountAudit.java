package nl.thuisplan.auth.password;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.region.Memberships;

/**
 * Records what happened to a person's password as an audit event ({@code entity_type} "person",
 * the person's id): in each region the person's active memberships work in, so each region's beheerder
 * sees it; a person of no single region (platform beheerder, provincie analist, not yet a member)
 * gets one platform-wide event ({@code platform_audit_event}). Call inside the system-scope
 * transaction of the change.
 */
@Singleton
public class AccountAudit {

    private final HomeRegions regions;
    private final AuditLog audit;

    AccountAudit(HomeRegions regions, AuditLog audit) {
        this.regions = regions;
        this.audit = audit;
    }

    public void record(String actor, String action, long userId, @Nullable String detail) {
        List<Integer> home = regions.of(userId);
        List<Integer> targets = home.isEmpty() ? java.util.Collections.singletonList(null) : home;
        audit.recordAll(targets.stream().map(region -> new AuditLog.Change(region, actor, action, "person",
                String.valueOf(userId), null, null, null, null, detail)).toList());
    }

    /** The regions of a person's memberships active today: a regio's or partner's own, a gemeente's current regions. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface HomeRegions extends GenericRepository<UserAccount, Long> {

        @Query("select distinct coalesce(m.region_id, rm.region_id) from membership m "
                + "left join region_membership rm on rm.municipality_code = m.municipality_code and " + Memberships.CURRENT + " "
                + "where m.user_id = :userId and m.valid_from <= current_date and (m.valid_to is null or m.valid_to >= current_date) "
                + "and coalesce(m.region_id, rm.region_id) is not null order by 1")
        List<Integer> of(long userId);
    }
}
