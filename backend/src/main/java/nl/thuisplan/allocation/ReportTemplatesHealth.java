package nl.thuisplan.allocation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/**
 * {@code /health} (and {@code /health/readiness}) is DOWN until the report templates have warmed up,
 * so an instance whose PDF and DOCX exports would fail is taken out of service, not left answering 500.
 */
@Singleton
@Readiness
@Requires(beans = ReportWarmUp.class)
class ReportTemplatesHealth implements HealthIndicator {

    static final String NAME = "reportTemplates";

    private final ReportWarmUp warmUp;

    ReportTemplatesHealth(ReportWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder(NAME, status()).build());
    }

    HealthStatus status() {
        return warmUp.ready() ? HealthStatus.UP : HealthStatus.DOWN;
    }
}
