package nl.thuisplan.observability;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisplan.allocation.ModelStatus;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.common.TenantTransactions;
import nl.thuisplan.demand.DemandStatus;
import nl.thuisplan.urgency.SchemeStatus;
import nl.thuisplan.woonzorgvisie.document.DocumentStatus;

/**
 * Counts adoptions and accepted imports from the audit, the one place every feature already reports its
 * steps to; counted only once the step's transaction has committed, so a step rolled back is not counted.
 */
@Singleton
class AuditCounters implements ApplicationEventListener<AuditLog.Recorded> {

    /** The audited action of an adoption, per entity type: each workflow records the status it enters. */
    static final Map<String, String> ADOPTED = Map.of(
            "demand_analysis", DemandStatus.ADOPTED.name(),
            "allocation_model", ModelStatus.ADOPTED.name(),
            "urgency_scheme", SchemeStatus.ADOPTED.name(),
            "wzv_document", DocumentStatus.ADOPTED.name());
    static final String IMPORTED = "IMPORTED";

    private final DomainMetrics metrics;
    private final TenantTransactions tx;

    AuditCounters(DomainMetrics metrics, TenantTransactions tx) {
        this.metrics = metrics;
        this.tx = tx;
    }

    @Override
    public void onApplicationEvent(AuditLog.Recorded event) {
        // one adoption may be recorded as several changes of one entity: count the entity once
        Set<String> adopted = event.changes().stream().filter(c -> c.action().equals(ADOPTED.get(c.entityType())))
                .map(c -> c.entityType() + "/" + c.entityId()).collect(Collectors.toSet());
        // a demand import records each changed cell (with its field) in one batch and then one line for the
        // analysis (without a field); an indicator import one line per municipality, all in one batch
        boolean demandImport = event.changes().stream()
                .anyMatch(c -> IMPORTED.equals(c.action()) && "demand_analysis".equals(c.entityType()) && c.field() == null);
        boolean indicatorImport = event.changes().stream()
                .anyMatch(c -> IMPORTED.equals(c.action()) && "indicator".equals(c.entityType()));
        if (adopted.isEmpty() && !demandImport && !indicatorImport) {
            return;
        }
        tx.afterCommit(() -> {
            adopted.forEach(key -> metrics.adopted(key.substring(0, key.indexOf('/'))));
            if (demandImport) {
                metrics.imported("demand", true);
            }
            if (indicatorImport) {
                metrics.imported("indicator", true);
            }
        });
    }
}
