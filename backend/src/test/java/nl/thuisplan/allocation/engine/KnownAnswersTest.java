package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.allocate;
import static nl.thuisplan.allocation.engine.Fixtures.census1790;
import static nl.thuisplan.allocation.engine.Fixtures.targets;
import static nl.thuisplan.allocation.engine.Fixtures.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Published apportionment examples; each cites where its numbers come from. */
class KnownAnswersTest {

    /**
     * Wikipedia, "Apportionment paradox" / "Alabama paradox" (three-state illustration): sizes 6, 6
     * and 2; with 10 seats C gets 2, with 11 seats C drops to 1 under the largest remainder method.
     */
    @Test
    void hamiltonShowsTheAlabamaParadoxOfTheThreeStateExample() {
        assertThat(targets(allocate(10, Method.LARGEST_REMAINDER, units("A", 6, "B", 6, "C", 2))))
                .containsOnly(entry("A", 4), entry("B", 4), entry("C", 2));
        assertThat(targets(allocate(11, Method.LARGEST_REMAINDER, units("A", 6, "B", 6, "C", 2))))
                .containsOnly(entry("A", 5), entry("B", 5), entry("C", 1));
    }

    /**
     * Wikipedia, "Alabama paradox" (older revision, four-state toy example): sizes 5670, 3850, 420
     * and 60; 323 seats give 183/124/14/2, 324 seats give 184/125/13/2.
     */
    @Test
    void hamiltonShowsTheAlabamaParadoxOfTheFourStateExample() {
        var states = units("A", 5670, "B", 3850, "C", 420, "D", 60);
        assertThat(targets(allocate(323, Method.LARGEST_REMAINDER, states)))
                .containsOnly(entry("A", 183), entry("B", 124), entry("C", 14), entry("D", 2));
        assertThat(targets(allocate(324, Method.LARGEST_REMAINDER, states)))
                .containsOnly(entry("A", 184), entry("B", 125), entry("C", 13), entry("D", 2));
    }

    /**
     * The bill Washington vetoed in 1792: Hamilton's method, 120 seats, 1790 census. Garfunkel et al.,
     * "For All Practical Purposes" (10th ed.), Example 6 / Table 14.5: lower quotas sum to 111 and
     * the 9 states with the largest fractions get one more.
     */
    @Test
    void hamiltonReproducesTheVetoedApportionmentOf1792() {
        AllocationResult result = allocate(120, Method.LARGEST_REMAINDER, census1790());
        assertThat(targets(result)).containsOnly(entry("Connecticut", 8), entry("Delaware", 2), entry("Georgia", 2),
                entry("Kentucky", 2), entry("Maryland", 9), entry("Massachusetts", 16), entry("New Hampshire", 5),
                entry("New Jersey", 6), entry("New York", 11), entry("North Carolina", 12),
                entry("Pennsylvania", 14), entry("Rhode Island", 2), entry("South Carolina", 7),
                entry("Vermont", 3), entry("Virginia", 21));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.REMAINDER_AWARD).hasSize(9);
        assertThat(result.result("New York").quotaText()).isEqualTo("11.00"); // 11.004 in the table
    }

    /**
     * The Apportionment Act of 1792 as passed: Jefferson's method (= D'Hondt), 105 seats, 1790 census
     * (MAA Convergence, "Apportioning Representatives in the United States Congress - Jefferson's
     * Method"): Virginia 19 and Delaware 1, where Hamilton would have given 18 and 2.
     */
    @Test
    void dhondtReproducesJeffersonsApportionmentOf1792() {
        assertThat(targets(allocate(105, Method.DHONDT, census1790()))).containsOnly(entry("Connecticut", 7),
                entry("Delaware", 1), entry("Georgia", 2), entry("Kentucky", 2), entry("Maryland", 8),
                entry("Massachusetts", 14), entry("New Hampshire", 4), entry("New Jersey", 5), entry("New York", 10),
                entry("North Carolina", 10), entry("Pennsylvania", 13), entry("Rhode Island", 2),
                entry("South Carolina", 6), entry("Vermont", 2), entry("Virginia", 19));
        assertThat(allocate(105, Method.LARGEST_REMAINDER, census1790()).target("Delaware")).isEqualTo(2);
    }

    /**
     * Wikipedia, "Huntington–Hill method", example: the 1790 census apportioned by equal proportions
     * (divisor 34,800) into a House of 105 (also Aufmann et al., "Mathematical Excursions", 4.1 ex. 4).
     * Checked by hand: with divisor 34,800 every quotient rounds at the geometric mean to these seats
     * (e.g. Delaware 55,540 / 34,800 = 1.596 > √2 = 1.414 gives 2; Vermont 2.458 > √6 = 2.449 gives 3).
     */
    @Test
    void huntingtonHillReproducesTheEqualProportionsExampleOf1790() {
        assertThat(targets(allocate(105, Method.HUNTINGTON_HILL, census1790()))).containsOnly(
                entry("Connecticut", 7), entry("Delaware", 2), entry("Georgia", 2), entry("Kentucky", 2),
                entry("Maryland", 8), entry("Massachusetts", 14), entry("New Hampshire", 4), entry("New Jersey", 5),
                entry("New York", 10), entry("North Carolina", 10), entry("Pennsylvania", 12),
                entry("Rhode Island", 2), entry("South Carolina", 6), entry("Vermont", 3), entry("Virginia", 18));
    }

    /**
     * The standard highest-averages example (Wikipedia, "D'Hondt method" and "Sainte-Laguë method"):
     * 100,000 / 80,000 / 30,000 / 20,000 votes, 8 seats. D'Hondt 4-3-1-0, Sainte-Laguë 3-3-1-1.
     */
    @Test
    void dhondtAndSainteLagueGiveTheTextbookSeats() {
        var parties = units("A", 100_000, "B", 80_000, "C", 30_000, "D", 20_000);
        assertThat(targets(allocate(8, Method.DHONDT, parties)))
                .containsOnly(entry("A", 4), entry("B", 3), entry("C", 1), entry("D", 0));
        assertThat(targets(allocate(8, Method.SAINTE_LAGUE, parties)))
                .containsOnly(entry("A", 3), entry("B", 3), entry("C", 1), entry("D", 1));
    }

    @Test
    void dhondtStepsShowFullPlacesThenEachAwardWithItsPriority() {
        AllocationResult result = allocate(8, Method.DHONDT, units("A", 100_000, "B", 80_000, "C", 30_000, "D", 20_000));
        // quotas 3.48 / 2.78 / 1.04 / 0.70: the start is 3 + 2 + 1 + 0 = 6; then B (2.78 / 3) and A (3.48 / 4)
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.DIVISOR_AWARD)
                .extracting(Step::unitId, Step::valueText)
                .containsExactly(tuple("B", "0,9275"), tuple("A", "0,8696"));
    }

    /**
     * Taakstelling vergunninghouders (Huisvestingswet 2014 art. 29): ceil(total × inhabitants /
     * inhabitants NL). Illustrative figures, 10,000 for a half year over 18,000,000 inhabitants:
     * Amsterdam 10,000 × 930,000 / 18,000,000 = 516.67 → 517; Utrecht 205.56 → 206; Diemen 17.78 → 18;
     * the rest of the country exactly 9,260 → 9,260. Sum 10,001: one more than the total.
     */
    @Test
    void statutoryCeilRoundsEveryQuotaUpAsTheLawPrescribes() {
        AllocationResult result = allocate(10_000, Method.STATUTORY_CEIL,
                units("Amsterdam", 930_000, "Utrecht", 370_000, "Diemen", 32_000, "Overig", 16_668_000));
        assertThat(targets(result)).containsOnly(entry("Amsterdam", 517), entry("Utrecht", 206),
                entry("Diemen", 18), entry("Overig", 9_260));
        assertThat(result.allocated()).isEqualTo(10_001);
        assertThat(result.result("Amsterdam").quota()).isEqualTo(Rational.of(1550, 3));
        assertThat(result.steps().get(result.steps().size() - 1).text()).contains("1 meer");
    }
}
