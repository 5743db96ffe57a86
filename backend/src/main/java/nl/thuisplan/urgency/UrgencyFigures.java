package nl.thuisplan.urgency;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.thuisplan.completeness.Completeness;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.report.UrgencyDocumentData.QuotaLine;

/**
 * The urgentieregeling in force, as other features show it (a woonzorgvisie's chapter 7): its
 * quotas as sentences, accepted local deviations of some municipalities, and the capacity check for
 * them. Runs inside the caller's transaction; the capacity check reads region-wide figures.
 */
@Singleton
public class UrgencyFigures {

    /** A quota as a sentence, with the local deviation of one of the municipalities asked about. */
    public record QuotaFact(String label, String appliesTo, String bound, @Nullable String deviation) {
    }

    /**
     * The capacity check of one quota for one municipality (or the region). Figures as plain decimals;
     * backlog, inflow and balance null where the demand is unknown.
     *
     * @param result MET, NOT_MET, UNKNOWN or NOT_MET_EVERYWHERE ({@link CapacityCheck})
     * @param completeness whose demand is known behind the figures
     */
    public record CapacityFact(String quota, String place, String capacity, @Nullable Long backlog, @Nullable Long inflow,
                               @Nullable String balance, @Nullable String yearsToClear, @Nullable String waitMonths, String waitNormMonths,
                               String result, Completeness completeness) {

        /** The verdict in words, for documents: a pass only on complete demand. */
        public String verdict() {
            return switch (result) {
                case CapacityCheck.MET -> "ja";
                case CapacityCheck.NOT_MET -> "nee";
                case CapacityCheck.NOT_MET_EVERYWHERE -> "in de regio wel, niet in elke gemeente";
                default -> "onbekend (" + completeness.text() + ")";
            };
        }
    }

    public record SchemeFacts(long id, String name, int versionNo, LocalDate validFrom, LocalDate validTo,
                              @Nullable String legalName, int categories, List<QuotaFact> quotas, List<CapacityFact> capacity) {
    }

    private final SchemeRepository repo;
    private final SchemePartsRepository parts;
    private final DeviationRepository deviations;
    private final CapacityService capacity;

    UrgencyFigures(SchemeRepository repo, SchemePartsRepository parts, DeviationRepository deviations, CapacityService capacity) {
        this.repo = repo;
        this.parts = parts;
        this.deviations = deviations;
        this.capacity = capacity;
    }

    /**
     * The adopted version in force on 1 January of {@code year} (or, when none is, the newest adopted
     * version starting within that year), with its figures for {@code municipalities}.
     */
    public Optional<SchemeFacts> inForce(int regionId, int year, Collection<String> municipalities) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Optional<SchemeRow> found = repo.findOverlapping(regionId, SchemeStatus.ADOPTED, first, last, 0).stream()
                .min(Comparator.comparing((SchemeRow s) -> s.validFrom().isAfter(first))
                        .thenComparing(SchemeRow::validFrom, Comparator.reverseOrder()));
        return found.map(s -> facts(s, year, municipalities));
    }

    private SchemeFacts facts(SchemeRow s, int year, Collection<String> municipalities) {
        List<Category> categories = parts.categories(s);
        Map<String, String> names = categories.stream().collect(Collectors.toMap(Category::code, Category::name));
        Map<Long, String> accepted = deviations.deviations(s).stream()
                .filter(d -> d.status() == DeviationStatus.ACCEPTED && municipalities.contains(d.municipality()))
                .collect(Collectors.toMap(DeviationRow::quotaId,
                        d -> d.share() != null ? UrgencyPdf.percentOf(d.share()) + " van de verhuringen" : d.perYear() + " woningen per jaar",
                        (a, b) -> a + "; " + b));
        List<QuotaFact> quotas = new ArrayList<>();
        for (Quota q : parts.quotas(s)) {
            QuotaLine line = UrgencyPdf.quota(q, names, categories.size());
            quotas.add(new QuotaFact(line.label(), line.appliesTo(), line.bound(), accepted.get(q.id())));
        }
        List<CapacityFact> checks = new ArrayList<>();
        for (CapacityService.QuotaRow row : capacity.regional(s, year).rows()) {
            for (CapacityService.Place p : row.municipalities()) {
                if (municipalities.contains(p.municipality().code())) {
                    checks.add(fact(row.quota().name(), p));
                }
            }
            checks.add(fact(row.quota().name(), row.region()));
        }
        return new SchemeFacts(s.id(), s.name(), s.versionNo(), s.validFrom(), s.validTo(), s.legalName(), categories.size(),
                quotas, checks);
    }

    private static CapacityFact fact(String quota, CapacityService.Place p) {
        CapacityCheck.Outcome o = p.outcome();
        return new CapacityFact(quota, p.municipality().name(), o.capacity(), o.backlog(), o.inflow(), o.balance(),
                o.yearsToClear(), o.waitMonths(), o.waitNormMonths(), o.result(), p.completeness());
    }
}
