package nl.thuisplan.allocation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import nl.thuisplan.allocation.report.AllocationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the PDF templates (allocation report, urgency document, woonzorgvisie export) and runs one
 * small export on a background thread at start-up: loading fonts, charts and exporters takes
 * seconds, and it should not be the first programme manager who clicks "PDF" that waits for it.
 *
 * <p>A failure is retried with a growing pause until it succeeds, and until then the instance is
 * not ready ({@link ReportTemplatesHealth}): an instance whose exports are broken must say so to
 * the orchestrator instead of answering 500 on every export while it reports UP. Off in tests,
 * where the report tests load the templates themselves.
 */
@Singleton
@Requires(property = "thuisplan.reports.warm-up", notEquals = "false")
class ReportWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWarmUp.class);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private final Runnable work;
    private final Duration firstPause;
    private volatile boolean ready;
    private volatile Thread thread;

    @Inject
    ReportWarmUp() {
        this(ReportWarmUp::warmUpEveryTemplate, Duration.ofSeconds(1));
    }

    /** For tests: other work, a shorter pause. */
    ReportWarmUp(Runnable work, Duration firstPause) {
        this.work = work;
        this.firstPause = firstPause;
    }

    private static void warmUpEveryTemplate() {
        AllocationReport.warmUp();
        nl.thuisplan.urgency.report.UrgencyDocument.warmUp();
        nl.thuisplan.woonzorgvisie.export.DocumentExport.warmUp();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        start();
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::untilDone, "report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Whether the templates loaded and exported once; until then exports are not to be trusted. */
    boolean ready() {
        return ready;
    }

    private void untilDone() {
        Duration pause = firstPause;
        for (int attempt = 1; !Thread.currentThread().isInterrupted(); attempt++) {
            long start = System.nanoTime();
            try {
                work.run();
                ready = true;
                LOG.info("PDF templates loaded and warmed up in {} ms (attempt {})", (System.nanoTime() - start) / 1_000_000, attempt);
                return;
            } catch (RuntimeException | LinkageError e) {
                // LinkageError too: a class that failed to initialise is what broke exports for good before
                LOG.warn("PDF templates could not be warmed up (attempt {}); trying again in {} s", attempt, pause.toSeconds(), e);
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
