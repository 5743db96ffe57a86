package nl.thuisplan.allocation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.thuisplan.allocation.report.AllocationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the PDF templates (allocation report, urgency document, woonzorgvisie export) on a background thread at start-up: compiling takes seconds, and it
 * should not be the first programme manager who clicks "PDF" that waits for it. Off in tests,
 * where the report test compiles it itself.
 */
@Singleton
@Requires(property = "thuisplan.reports.warm-up", notEquals = "false")
class ReportWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWarmUp.class);

    @EventListener
    void onStartup(StartupEvent event) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            try {
                AllocationReport.warmUp();
                nl.thuisplan.urgency.report.UrgencyDocument.warmUp();
                nl.thuisplan.woonzorgvisie.export.DocumentExport.warmUp();
                LOG.info("PDF templates compiled in {} ms", (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("PDF template could not be compiled at start-up; the first PDF request will try again", e);
            }
        }, "report-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
