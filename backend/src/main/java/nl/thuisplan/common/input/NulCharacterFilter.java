package nl.thuisplan.common.input;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisplan.common.ProblemException;

/**
 * The NUL character in a path or query value ({@code %00}) is refused before routing, for the same
 * reason {@link TextDeserializer} refuses it in bodies: PostgreSQL cannot hold it in text, and a
 * search or a code with one would fail inside the query as a 500.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class NulCharacterFilter {

    private final ErrorResponseProcessor<?> processor;

    NulCharacterFilter(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseNul(HttpRequest<?> request) {
        String field = nulField(request);
        if (field == null) {
            return null;
        }
        ProblemException refusal = InputLimits.refused(field, "NUL_CHARACTER", "De waarde bevat een ongeldig teken (NUL).");
        return processor.processResponse(ErrorContext.builder(request).cause(refusal).build(), HttpResponse.badRequest());
    }

    /** The query parameter holding a NUL, {@code path} when the path does, or null. */
    private static @Nullable String nulField(HttpRequest<?> request) {
        String rawPath = request.getUri().getRawPath();
        if (rawPath != null && (rawPath.toLowerCase(Locale.ROOT).contains("%00") || rawPath.indexOf('\0') >= 0)) {
            return "path";
        }
        String rawQuery = request.getUri().getRawQuery();
        if (rawQuery == null || !(rawQuery.toLowerCase(Locale.ROOT).contains("%00") || rawQuery.indexOf('\0') >= 0)) {
            return null;
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0)) {
                return parameter.getKey().replace('\0', '?');
            }
        }
        return "query";
    }
}
