package nl.thuisplan.health;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteInfo;
import nl.thuisplan.common.ProblemException;

/**
 * The management port serves the management endpoints and nothing else: without this, a request for any other path
 * there would get the web application (its files, or index.html from the page fallback), and an operator who opened
 * the port to a monitoring network would open the application with it. Everything that is not an endpoint routed to
 * this port is 404, before the security rules look at it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ManagementPortOnly implements Ordered {

    private final int managementPort;

    ManagementPortOnly(@Value("${endpoints.all.port:-1}") int managementPort) {
        this.managementPort = managementPort;
    }

    @RequestFilter
    void onlyEndpoints(HttpRequest<?> request) {
        if (managementPort <= 0 || request.getServerAddress().getPort() != managementPort) {
            return;
        }
        boolean endpoint = RouteAttributes.getRouteMatch(request)
                .map(match -> match.getRouteInfo() instanceof UriRouteInfo<?, ?> route ? route.getPort() : null)
                .filter(port -> port == managementPort)
                .isPresent();
        if (!endpoint) {
            throw ProblemException.notFound("Pagina");
        }
    }

    /** Right after the security headers, before the security rules: an unknown path is 404 for everyone. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }
}
