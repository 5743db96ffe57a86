package nl.thuisplan.woonzorgvisie.template;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import nl.thuisplan.woonzorgvisie.template.TemplateRepository.RegionName;
import nl.thuisplan.common.Scope;
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
    private final TemplateRepository repo;
    private final TemplateVersions versions;

    DemoTemplates(TenantTransactions tx, TemplateRepository repo, TemplateVersions versions) {
        this.tx = tx;
        this.repo = repo;
        this.versions = versions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        int created = tx.write(Scope.SYSTEM, () -> {
            List<RegionName> regions = repo.regionsWithoutTemplate();
            for (RegionName r : regions) {
                long id = repo.insertTemplate(r.regionId(), "Woonzorgvisie " + r.name(), "Standaardindeling van het programma "
                        + "Een thuis voor iedereen (demonstratie)", "demo");
                versions.insert(r.regionId(), id, 1, DefaultTemplate.chapters(), "Standaardindeling woonzorgvisie", "demo");
                versions.publish(versions.version(id, 1).orElseThrow(), 0, "demo");
            }
            return regions.size();
        });
        if (created > 0) {
            LOG.info("Demo mode: {} published woonzorgvisie templates", created);
        }
    }
}
