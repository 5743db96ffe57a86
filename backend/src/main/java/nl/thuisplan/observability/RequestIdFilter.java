package nl.thuisplan.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-ID} when it is sane (a proxy or client that
 * already made one, so both logs share it), else a new one. It goes into the logging context of everything
 * the request runs, on whatever thread (Micronaut's propagated context restores the MDC before and clears it
 * after each piece of work), and back in the response header, so an answer a user reports can be found in
 * the log.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIdFilter implements Ordered {

    static final String HEADER = "X-Request-ID";
    /** The logging context's key, and so the JSON field of every log line written for the request. */
    static final String MDC_KEY = "requestId";
    /** Where the request keeps its id for the response filter (the response may be made on another thread). */
    static final String ATTRIBUTE = "thuisplan.requestId";

    /**
     * What we accept from outside: short, and nothing that could forge a log line or a header
     * (no spaces, quotes, line breaks or control characters).
     */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = sane(request.getHeaders().get(HEADER)) ? request.getHeaders().get(HEADER) : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        Map<String, String> mdc = new HashMap<>();
        Map<String, String> current = MDC.getCopyOfContextMap();
        if (current != null) {
            mdc.putAll(current);
        }
        mdc.put(MDC_KEY, id);
        context.add(new MdcPropagationContext(mdc));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }

    static boolean sane(@Nullable String id) {
        return id != null && SANE.matcher(id).matches();
    }

    /**
     * First of all filters, so the security filter's refusals, the access log and error handlers already
     * see the id, and its response filter runs last, on every answer.
     */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
