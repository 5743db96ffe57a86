package nl.thuisplan.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.annotation.Selector;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;
import nl.thuisplan.auth.Role;
import org.reactivestreams.Publisher;

/**
 * Micronaut's health endpoint, except that its details (each check, the database's address and version) are shown
 * only to the platform beheerder: Micronaut's own choice is "anyone logged in", and a gemeente medewerker has no
 * business knowing where the database runs. Everyone else, anonymous probes included, gets the status alone.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = HealthEndpoint.DEFAULT_SENSITIVE)
@Replaces(HealthEndpoint.class)
public class BeheerderHealthEndpoint extends HealthEndpoint {

    public BeheerderHealthEndpoint(HealthAggregator<HealthResult> healthAggregator, HealthIndicator[] healthIndicators,
                                   @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    // The two reads are Micronaut's; they are declared again so that this class, not only its parent, carries the routes.
    @Read
    @Override
    public Publisher<HealthResult> getHealth(@Nullable Principal principal) {
        return super.getHealth(principal);
    }

    @Read
    @Override
    public Publisher<HealthResult> getHealth(@Nullable Principal principal, @Selector HealthCheckType selector) {
        return super.getHealth(principal, selector);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(@Nullable Principal principal) {
        return isBeheerder(principal) ? super.levelOfDetail(principal) : HealthLevelOfDetail.STATUS;
    }

    static boolean isBeheerder(@Nullable Principal principal) {
        return principal instanceof Authentication authentication
                && authentication.getRoles().contains(Role.PLATFORM_ADMIN.name());
    }
}
