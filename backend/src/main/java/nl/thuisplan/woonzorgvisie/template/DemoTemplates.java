package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.common.Scope;
import nl.thuisplan.common.Sql;
import nl.thuisplan.common.TenantTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode: every region that has no template yet gets "Woonzorgvisie (regio)" with the default
 * chapters, published, so a gemeente can start a document at once. A programme manager changes it
 * by publishing a new version, as with any template.
 */
@Singleton
@Requires(property = "thuisplan.demo.enabled", value = "true")
class DemoTemplates {

    private static final Logger LOG = LoggerFactory.getLogger(DemoTemplates.class);

    private final TenantTransactions tx;
    private final Sql sql;
    private final TemplateRepository repo;

    DemoTemplates(TenantTransactions tx, Sql sql, TemplateRepository repo) {
        this.tx = tx;
        this.sql = sql;
        this.repo = repo;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = tx.write(Scope.SYSTEM, () -> {
            List<Object[]> regions = sql.list("select r.region_id, r.name from region r where not exists "
                    + "(select 1 from wzv_template t where t.region_id = r.region_id) order by r.region_id", Sql.NO_PARAMETERS,
                    rs -> new Object[] {rs.getInt(1), rs.getString(2)});
            for (Object[] r : regions) {
                int regionId = (Integer) r[0];
                long id = repo.insertTemplate(regionId, "Woonzorgvisie " + r[1], "Standaardindeling van het programma "
                        + "Een thuis voor iedereen (demonstratie)", "demo");
                repo.insertVersion(regionId, id, 1, DefaultTemplate.chapters(), "Standaardindeling woonzorgvisie", "demo");
                repo.publish(repo.version(id, 1).orElseThrow(), 0, "demo");
            }
            return regions.size();
        });
        if (created > 0) {
            LOG.info("Demo mode: {} published woonzorgvisie templates", created);
        }
    }
}
