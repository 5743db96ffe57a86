package nl.thuisplan.api;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The API's full semantic version, in one place: the OpenAPI document's {@code info.version}
 * (nl.thuisplan.Application) and the {@code API-Version} header on every response (ADR
 * /core/version-header), answers of the security filter and error handlers included. The major
 * number is the one in the URI; raise the minor for additions and the patch for fixes.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ApiVersion implements Ordered {

    public static final String CURRENT = "1.0.0";
    public static final String HEADER = "API-Version";

    @ResponseFilter
    void addVersion(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header(HEADER, CURRENT);
    }

    /** Outermost, as the security headers: refused and failed requests carry the version too. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
