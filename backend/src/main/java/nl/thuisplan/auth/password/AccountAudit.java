package nl.thuisplan.auth.password;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import jakarta.inject.Singleton;
import java.util.Optional;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.auth.UserAccount;
import nl.thuisplan.region.Memberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what happened to a person's password as an audit event ({@code entity_type} "person",
 * the person's id): in the region the person works in. {@code audit_event} needs a region, and a
 * platform beheerder has none; such events go to the application log with the marker "AUDIT" until
 * the audit has a home for platform-wide events. Call inside the system-scope transaction of the change.
 */
@Singleton
public class AccountAudit {

    private static final Logger LOG = LoggerFactory.getLogger(AccountAudit.class);

    private final HomeRegions regions;
    private final AuditLog audit;

    AccountAudit(HomeRegions regions, AuditLog audit) {
        this.regions = regions;
        this.audit = audit;
    }

    public void record(String actor, String action, long userId, @Nullable String detail) {
        Optional<Integer> region = regions.of(userId);
        if (region.isPresent()) {
            audit.record(new AuditLog.Change(region.get(), actor, action, "person", String.valueOf(userId), null, null, null,
                    null, detail));
        } else {
            LOG.info("AUDIT actor={} action={} person={} detail={}", actor, action, userId, detail);
        }
    }

    /** The region of a person's scope: its own (programme manager), its municipality's or its province's first. */
    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface HomeRegions extends GenericRepository<UserAccount, Long> {

        @Query("select coalesce(u.region_id, "
                + "(select min(rm.region_id) from region_membership rm join municipality m on m.code = rm.municipality_code "
                + " where (rm.municipality_code = u.municipality_code or m.province_code = u.province_code) and "
                + Memberships.CURRENT + ")) from app_user u where u.user_id = :userId")
        Optional<Integer> of(long userId);
    }
}
