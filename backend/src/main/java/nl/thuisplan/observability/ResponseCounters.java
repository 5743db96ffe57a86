package nl.thuisplan.observability;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;
import nl.thuisplan.common.Problem;

/**
 * Counts what only the answer shows: a download (any attachment, by its format) and an import refused for
 * what the file held (the import's problem code). Looking at answers rather than at each controller keeps the
 * features free of metrics code.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ResponseCounters {

    /** The problem codes of an import that was refused as a whole, and what was being imported. */
    static final Map<String, String> REFUSED_IMPORTS = Map.of(
            "DEMAND_IMPORT_INVALID", "demand",
            "DEMAND_IMPORT_CONFLICT", "demand",
            "INDICATOR_IMPORT_INVALID", "indicator");

    private static final Map<String, String> FORMATS = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
            "text/csv", "csv");

    private final DomainMetrics metrics;

    ResponseCounters(DomainMetrics metrics) {
        this.metrics = metrics;
    }

    @ResponseFilter
    void count(MutableHttpResponse<?> response) {
        int status = response.code();
        if (status >= 200 && status < 300) {
            String disposition = response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION);
            if (disposition != null && disposition.startsWith("attachment")) {
                String type = response.getContentType().map(MediaType::getName).orElse("");
                metrics.exported(FORMATS.getOrDefault(type, "other"));
            }
        } else if (status >= 400) {
            response.getBody().filter(Problem.class::isInstance).map(body -> REFUSED_IMPORTS.get(((Problem) body).code()))
                    .ifPresent(kind -> metrics.imported(kind, false));
        }
    }
}
