package nl.thuisplan.observability;

import io.micronaut.context.event.ApplicationEventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;
import nl.thuisplan.audit.AuditLog;
import nl.thuisplan.common.TenantTransactions;

/**
 * Counts adoptions and accepted imports from the audit, the one place every feature already reports its
 * steps to; counted only once the step's transaction has committed, so a step rolled back is not counted.
 */
@Singleton
class AuditCounters implements ApplicationEventListener<AuditLog.Recorded> {

    /** The workflow's adopted status, the same word for every kind of document. */
    static final String ADOPTED = "ADOPTED";
    static final String IMPORTED = "IMPORTED";

    private final DomainMetrics metrics;
    private final TenantTransactions tx;

    AuditCounters(DomainMetrics metrics, TenantTransactions tx) {
        this.metrics = metrics;
        this.tx = tx;
    }

    @Override
    public void onApplicationEvent(AuditLog.Recorded event) {
        Set<String> adopted = event.changes().stream().filter(c -> ADOPTED.equals(c.action()))
                .map(c -> c.entityType() + "/" + c.entityId()).collect(Collectors.toSet());
        // a demand import records each cell and then one line for the analysis; an indicator import one line
        // per municipality, all in one batch: one import either way
        boolean demandImport = event.changes().stream()
                .anyMatch(c -> IMPORTED.equals(c.action()) && "demand_analysis".equals(c.entityType()));
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
