package nl.thuisplan.observability;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Adds who is asking to the logging context once the security filter knows: the role and the id of the
 * active membership. Never the login name or display name: a login name is usually an e-mail address,
 * and the membership id finds the person in the database for whoever may look. With tracing on, also the
 * trace and span ids, so a log line leads to its trace.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CallerLogContext implements Ordered {

    static final String ROLE = "role";
    static final String MEMBERSHIP = "membershipId";
    static final String TRACE = "traceId";
    static final String SPAN = "spanId";

    @RequestFilter
    void addCaller(HttpRequest<?> request, MutablePropagatedContext context) {
        Map<String, String> added = new HashMap<>();
        Optional<Authentication> who = request.getUserPrincipal(Authentication.class);
        if (who.isPresent()) {
            Map<String, Object> claims = who.get().getAttributes();
            if (claims.get(ROLE) != null) {
                added.put(ROLE, String.valueOf(claims.get(ROLE)));
            }
            if (claims.get(MEMBERSHIP) != null) {
                added.put(MEMBERSHIP, String.valueOf(claims.get(MEMBERSHIP)));
            }
        }
        // with tracing on (THUISPLAN_TRACING_ENABLED), the trace a line belongs to; without it the span is invalid
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            added.put(TRACE, span.getTraceId());
            added.put(SPAN, span.getSpanId());
        }
        if (added.isEmpty()) {
            return;
        }
        Optional<MdcPropagationContext> current = context.getContext().find(MdcPropagationContext.class);
        Map<String, String> mdc = new HashMap<>(current.map(MdcPropagationContext::state).orElse(Map.of()));
        mdc.putAll(added);
        MdcPropagationContext next = new MdcPropagationContext(mdc);
        if (current.isPresent()) {
            context.replace(current.get(), next);
        } else {
            context.add(next);
        }
    }

    /** Right after the security filter, which puts the authentication on the request. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
