package nl.thuisplan.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.event.annotation.EventListener;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds the embedded PostgreSQL open until the requests in flight are done. On SIGTERM the JVM runs its shutdown hooks
 * side by side: Micronaut's (graceful shutdown: stop accepting, let the requests finish) and the one that stops the
 * embedded PostgreSQL. Without this, the database would go away under an upload that the server is still finishing.
 * Micronaut's graceful-shutdown listener runs first on the ShutdownEvent and returns when the requests are done or
 * the grace period is over; this listener comes after it and lets the database stop.
 */
@Context
@Requires(property = "thuisplan.database.mode", value = "embedded")
class EmbeddedDatabaseRelease implements ApplicationEventListener<ShutdownEvent>, Ordered {

    private static final AtomicBoolean HELD = new AtomicBoolean();
    private static final CountDownLatch RELEASED = new CountDownLatch(1);

    /** Only a context that has started holds the database; one that failed to start lets the hook go on at once. */
    @EventListener
    void onStartup(StartupEvent event) {
        HELD.set(true);
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        RELEASED.countDown();
    }

    /** After Micronaut's graceful-shutdown listener (highest precedence). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /**
     * Called by the shutdown hook that stops the embedded PostgreSQL: waits while a running application still
     * finishes its requests, at most {@code limit} (the grace period and a margin), so a stuck request cannot keep the
     * process alive. Returns at once when the application never started.
     */
    static void awaitRelease(Duration limit) {
        if (!HELD.get()) {
            return;
        }
        try {
            RELEASED.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
