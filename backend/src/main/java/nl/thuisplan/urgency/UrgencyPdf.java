package nl.thuisplan.urgency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Scheme;
import nl.thuisplan.urgency.report.UrgencyDocumentData;
import nl.thuisplan.urgency.report.UrgencyDocumentData.CategoryBlock;
import nl.thuisplan.urgency.report.UrgencyDocumentData.DeviationLine;
import nl.thuisplan.urgency.report.UrgencyDocumentData.QuotaLine;

/** Turns a scheme version into the document's display data: Dutch sentences, percentages, dates. */
final class UrgencyPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    private UrgencyPdf() {
    }

    static UrgencyDocumentData data(Scheme s, Map<String, String> targetGroupNames, String user) {
        String status = switch (s.status()) {
            case ADOPTED -> "Vastgesteld op " + DATE.format(s.adoptedAt()) + " door " + s.adoptedBy();
            case EXPIRED -> "Vervallen (vastgesteld op " + DATE.format(s.adoptedAt()) + ")";
            case CONCEPT -> "Concept — niet vastgesteld";
        };
        String legal = s.legalBasis().name() == null ? "nog niet vastgelegd"
                : s.legalBasis().name() + (s.legalBasis().date() == null ? "" : ", " + DATE.format(s.legalBasis().date()));
        Map<String, String> categoryNames = new HashMap<>();
        s.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
        List<CategoryBlock> categories = s.categories().stream().map(c -> category(c, targetGroupNames)).toList();
        List<QuotaLine> quotas = s.quotas().stream().map(q -> quota(q, categoryNames, s.categories().size())).toList();
        List<DeviationLine> deviations = s.deviations().stream().filter(d -> d.status() == DeviationStatus.ACCEPTED)
                .map(d -> new DeviationLine(d.municipality().name(), d.quotaLabel(),
                        d.share() != null ? percent(d.share()) + " van de verhuringen" : d.perYear() + " woningen per jaar", d.reason()))
                .toList();
        List<String> warnings = new java.util.ArrayList<>(s.warnings().stream().map(w -> w.message()).toList());
        s.consistency().clashes().forEach(c -> warnings.add(c.message()));
        return new UrgencyDocumentData(s.region().name(), s.name(), s.versionNo(), status, s.validFrom(), s.validTo(), legal,
                categories, quotas, deviations, warnings, Instant.now(), user);
    }

    private static CategoryBlock category(Category c, Map<String, String> groups) {
        String targetGroups = c.targetGroups().isEmpty() ? "–"
                : String.join(", ", c.targetGroups().stream().map(g -> groups.getOrDefault(g, g)).toList());
        int months = Math.round(c.waitNormDays() / 30.4375f);
        String wait = (months >= 1 && Math.abs(months * 30.4375 - c.waitNormDays()) < 3 ? months + (months == 1 ? " maand" : " maanden")
                + " (" + c.waitNormDays() + " dagen)" : c.waitNormDays() + " dagen");
        return new CategoryBlock(c.priority(), c.name(), c.mandatory() != null ? "verplicht (nieuwe wet)" : "", targetGroups,
                c.criteria() == null ? "–" : c.criteria(), c.evidence() == null ? "–" : c.evidence(), c.decisionDays(), wait);
    }

    static QuotaLine quota(Quota q, Map<String, String> names, int categoryCount) {
        String applies = q.appliesTo().regular() ? "reguliere woningzoekenden"
                : q.appliesTo().categories().size() == categoryCount && categoryCount > 1 ? "alle urgente categorieën"
                : String.join(", ", q.appliesTo().categories().stream().map(c -> names.getOrDefault(c, c)).toList());
        String bound = switch (q.kind()) {
            case "MAX_SHARE" -> "hoogstens " + percent(q.share()) + " van de verhuringen";
            case "MIN_SHARE" -> "minstens " + percent(q.share()) + " van de verhuringen";
            default -> q.perYear() + " woningen per jaar";
        };
        return new QuotaLine(q.label(), applies, bound);
    }

    static String percentOf(java.math.BigDecimal share) {
        return percent(share.toPlainString());
    }

    private static String percent(String share) {
        return new BigDecimal(share).movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
}
