package nl.thuisplan.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The domain's own counters, in Prometheus as {@code thuisplan_imports_total{kind,outcome}},
 * {@code thuisplan_adoptions_total{kind}} and {@code thuisplan_exports_total{format}}. Every label value
 * comes from a fixed list, so a scrape never grows with the data; each series exists from the start (at 0)
 * so a dashboard shows a flat line rather than "no data".
 */
@Singleton
class DomainMetrics {

    static final String IMPORTS = "thuisplan.imports";
    static final String ADOPTIONS = "thuisplan.adoptions";
    static final String EXPORTS = "thuisplan.exports";

    /** What can be imported: a demand analysis from a spreadsheet, indicator figures for a region. */
    static final List<String> IMPORT_KINDS = List.of("demand", "indicator");
    static final List<String> IMPORT_OUTCOMES = List.of("accepted", "refused");
    /**
     * What is adopted (vastgesteld), by the audited entity type: a gemeente's or region's demand analysis, an
     * allocation model (verdeling), an urgency scheme (urgentieregeling), a woonzorgvisie.
     */
    static final Map<String, String> ADOPTION_KINDS = Map.of(
            "demand_analysis", "demand_analysis",
            "allocation_model", "allocation_model",
            "urgency_scheme", "urgency_scheme",
            "wzv_document", "woonzorgvisie");
    static final List<String> EXPORT_FORMATS = List.of("pdf", "docx", "csv", "xlsx", "other");

    private final MeterRegistry registry;

    DomainMetrics(MeterRegistry registry) {
        this.registry = registry;
        IMPORT_KINDS.forEach(kind -> IMPORT_OUTCOMES.forEach(outcome -> imports(kind, outcome)));
        ADOPTION_KINDS.values().forEach(this::adoptions);
        EXPORT_FORMATS.forEach(this::exports);
    }

    void imported(String kind, boolean accepted) {
        imports(kind, accepted ? "accepted" : "refused").increment();
    }

    void adopted(String entityType) {
        String kind = ADOPTION_KINDS.get(entityType);
        if (kind != null) {
            adoptions(kind).increment();
        }
    }

    void exported(String format) {
        exports(EXPORT_FORMATS.contains(format.toLowerCase(Locale.ROOT)) ? format.toLowerCase(Locale.ROOT) : "other").increment();
    }

    private Counter imports(String kind, String outcome) {
        return Counter.builder(IMPORTS).description("Files imported (accepted) or refused for their content")
                .tag("kind", kind).tag("outcome", outcome).register(registry);
    }

    private Counter adoptions(String kind) {
        return Counter.builder(ADOPTIONS).description("Documents adopted (vastgesteld), by kind").tag("kind", kind).register(registry);
    }

    private Counter exports(String format) {
        return Counter.builder(EXPORTS).description("Files downloaded as an attachment, by format").tag("format", format)
                .register(registry);
    }
}
