package nl.thuisplan.urgency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.thuisplan.urgency.QuotaConsistency.Clash;
import nl.thuisplan.urgency.QuotaConsistency.ShareQuota;
import org.junit.jupiter.api.Test;

/** The exact feasibility of share quotas, on the Rotterdam figures and their edge cases (issue 5). */
class QuotaConsistencyTest {

    private static final Set<String> URGENT = Set.of("mo", "bw", "medisch", "mantelzorg");
    private static final Set<String> ALL = Set.of("mo", "bw", "medisch", "mantelzorg", QuotaConsistency.REGULAR);
    private final List<ShareQuota> quotas = new ArrayList<>();

    private void max(String label, String share, String... parts) {
        quotas.add(new ShareQuota(quotas.size(), label, Set.of(parts), true, new BigDecimal(share)));
    }

    private void min(String label, String share, String... parts) {
        quotas.add(new ShareQuota(quotas.size(), label, Set.of(parts), false, new BigDecimal(share)));
    }

    private List<Clash> check() {
        return QuotaConsistency.check(ALL, quotas);
    }

    @Test
    void rotterdamsQuotasFitTogether() {
        max("alle urgenten", "0.30", URGENT.toArray(String[]::new));
        min("regulier", "0.45", QuotaConsistency.REGULAR);
        max("kwetsbare Rotterdammers (MO/BW)", "0.25", "mo", "bw");
        assertThat(check()).isEmpty();
    }

    @Test
    void anEmptySchemeIsConsistent() {
        assertThat(check()).isEmpty();
    }

    @Test
    void exactlyOneHundredPercentIsStillPossible() {
        min("regulier", "0.45", QuotaConsistency.REGULAR);
        max("alle urgenten", "0.55", URGENT.toArray(String[]::new));
        min("alle urgenten minimaal", "0.55", URGENT.toArray(String[]::new));
        assertThat(check()).isEmpty();
    }

    @Test
    void minimaAboveOneHundredPercentClashAndNameTheirQuotas() {
        min("regulier", "0.45", QuotaConsistency.REGULAR);
        min("alle urgenten", "0.56", URGENT.toArray(String[]::new));
        List<Clash> clashes = check();
        assertThat(clashes).hasSize(1);
        assertThat(clashes.get(0).quotas()).containsExactly(0, 1);
        assertThat(clashes.get(0).message()).contains("minstens 45% voor 'regulier'", "minstens 56% voor 'alle urgenten'", "100%");
    }

    @Test
    void minimaInsideABundleMayNotExceedItsMaximum() {
        max("alle urgenten", "0.30", URGENT.toArray(String[]::new));
        min("MO", "0.20", "mo");
        min("BW", "0.15", "bw");
        List<Clash> clashes = check();
        assertThat(clashes).hasSize(1);
        assertThat(clashes.get(0).quotas()).containsExactly(0, 1, 2);
        assertThat(clashes.get(0).code()).isEqualTo("QUOTAS_INCONSISTENT");
    }

    @Test
    void maximaThatLeaveNoRoomForAllLettingsClash() {
        max("alle urgenten", "0.30", URGENT.toArray(String[]::new));
        max("regulier", "0.60", QuotaConsistency.REGULAR);
        List<Clash> clashes = check();
        assertThat(clashes).hasSize(1);
        assertThat(clashes.get(0).quotas()).containsExactly(0, 1);
        assertThat(clashes.get(0).message()).contains("100%");
    }

    @Test
    void aMinimumAboveItsOwnMaximumClashes() {
        max("MO", "0.10", "mo");
        min("MO minimaal", "0.12", "mo");
        assertThat(check()).extracting(Clash::quotas).containsExactly(List.of(0, 1));
    }

    @Test
    void partlyOverlappingBundlesAreRefused() {
        max("MO en BW", "0.25", "mo", "bw");
        max("BW en medisch", "0.20", "bw", "medisch");
        assertThat(check()).extracting(Clash::code).containsExactly("QUOTA_SETS_OVERLAP");
    }
}
