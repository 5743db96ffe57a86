package nl.thuisplan.urgency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.thuisplan.urgency.UrgencyViews.Category;
import nl.thuisplan.urgency.UrgencyViews.ClashView;
import nl.thuisplan.urgency.UrgencyViews.Consistency;
import nl.thuisplan.urgency.UrgencyViews.Quota;
import nl.thuisplan.urgency.UrgencyViews.Warning;

/** The warnings a version carries and the consistency of its share quotas; pure. */
final class SchemeChecks {

    /** Huisvestingswet 2014: a huisvestingsverordening lasts at most four years. */
    static final int MAX_YEARS = 4;

    private SchemeChecks() {
    }

    static List<Warning> warnings(LocalDate from, LocalDate to, List<Category> categories) {
        List<Warning> out = new ArrayList<>();
        Set<String> present = new HashSet<>();
        categories.forEach(c -> {
            if (c.mandatory() != null) {
                present.add(c.mandatory());
            }
        });
        for (MandatoryCategories.Mandatory m : MandatoryCategories.ALL) {
            if (!present.contains(m.code())) {
                out.add(new Warning("MISSING_MANDATORY_CATEGORY", "De verplichte categorie '" + m.name() + "' ontbreekt.", m.code()));
            }
        }
        if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            out.add(new Warning("LONGER_THAN_FOUR_YEARS", "Deze versie geldt langer dan vier jaar; een huisvestingsverordening "
                    + "geldt hoogstens vier jaar (Huisvestingswet 2014).", null));
        }
        return out;
    }

    static Consistency consistency(List<Category> categories, List<Quota> quotas) {
        Set<String> universe = new HashSet<>();
        categories.forEach(c -> universe.add(c.code()));
        universe.add(QuotaConsistency.REGULAR);
        List<QuotaConsistency.ShareQuota> shares = new ArrayList<>();
        for (int i = 0; i < quotas.size(); i++) {
            Quota q = quotas.get(i);
            if (q.share() == null) {
                continue;
            }
            Set<String> parts = q.appliesTo().regular() ? Set.of(QuotaConsistency.REGULAR) : Set.copyOf(q.appliesTo().categories());
            shares.add(new QuotaConsistency.ShareQuota(i, q.label(), parts, q.kind().equals("MAX_SHARE"), new BigDecimal(q.share())));
        }
        List<ClashView> clashes = QuotaConsistency.check(universe, shares).stream()
                .map(c -> new ClashView(c.quotas().stream().map(i -> "quotas[" + i + "]").toList(), c.code(), c.message()))
                .toList();
        return new Consistency(clashes.isEmpty(), clashes);
    }
}
