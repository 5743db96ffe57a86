package nl.thuisplan.demand;

import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.thuisplan.demand.DemandViews.AnalysisView;
import nl.thuisplan.demand.DemandViews.CellView;
import nl.thuisplan.demand.DemandViews.Ref;

/**
 * What the gemeente sees before it submits (indienen): how many of the grid's figures are filled, and every
 * warning listed: the cell warnings the grid already shows, and plausibility checks across one row's figures
 * (new demand far above the current stock; more homes needed than there is demand). Warnings never block.
 */
final class SubmitSummaries {

    /** New demand per year above this multiple of the current stock is worth a second look. */
    static final int INFLOW_FACTOR = 2;

    private SubmitSummaries() {
    }

    /** One warning, named by the row (group and form) and the figure it is about. */
    @Serdeable
    record SummaryWarning(String code, Ref targetGroup, Ref housingForm, Measure measure, String message) {
    }

    /** @param cells the grid's figures (groups × forms × measures); {@code filled}: those with a value */
    @Serdeable
    record SubmitSummary(long analysisId, int cells, int filled, List<SummaryWarning> warnings) {
    }

    static SubmitSummary of(AnalysisView view) {
        Map<String, String> groups = new HashMap<>();
        view.targetGroups().forEach(g -> groups.put(g.code(), g.name()));
        Map<String, String> forms = new HashMap<>();
        view.housingForms().forEach(f -> forms.put(f.code(), f.name()));
        Map<String, Map<Measure, Integer>> rows = new HashMap<>();
        List<SummaryWarning> warnings = new ArrayList<>();
        int filled = 0;
        for (CellView c : view.cells()) {
            if (!groups.containsKey(c.targetGroup()) || !forms.containsKey(c.housingForm())) {
                continue;
            }
            Ref group = new Ref(c.targetGroup(), groups.get(c.targetGroup()));
            Ref form = new Ref(c.housingForm(), forms.get(c.housingForm()));
            if (c.value() != null) {
                filled++;
                rows.computeIfAbsent(c.targetGroup() + "/" + c.housingForm(), k -> new HashMap<>()).put(c.measure(), c.value());
            }
            c.warnings().forEach(w -> warnings.add(new SummaryWarning(w.code(), group, form, c.measure(), w.message())));
        }
        for (Ref g : view.targetGroups()) {
            for (Ref f : view.housingForms()) {
                Map<Measure, Integer> row = rows.get(g.code() + "/" + f.code());
                if (row != null) {
                    plausibility(g, f, row, warnings);
                }
            }
        }
        int cells = view.targetGroups().size() * view.housingForms().size() * Measure.values().length;
        return new SubmitSummary(view.id(), cells, filled, List.copyOf(warnings));
    }

    private static void plausibility(Ref group, Ref form, Map<Measure, Integer> row, List<SummaryWarning> out) {
        Integer stock = row.get(Measure.STOCK);
        Integer inflow = row.get(Measure.INFLOW);
        Integer moves = row.get(Measure.MOVES);
        if (stock != null && inflow != null && inflow > 0 && inflow > INFLOW_FACTOR * stock) {
            out.add(new SummaryWarning("INFLOW_FAR_ABOVE_STOCK", group, form, Measure.INFLOW, String.format(Locale.ROOT,
                    "De nieuwe vraag per jaar (%d) is meer dan %d keer de huidige vraag (%d).", inflow, INFLOW_FACTOR, stock)));
        }
        if (moves != null && stock != null && inflow != null && moves > stock + inflow) {
            out.add(new SummaryWarning("MOVES_ABOVE_DEMAND", group, form, Measure.MOVES, String.format(Locale.ROOT,
                    "Er zijn meer woningen nodig (%d) dan er vraag is (%d huidig + %d nieuw).", moves, stock, inflow)));
        }
    }
}
