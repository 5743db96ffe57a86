package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.ENGINE;
import static nl.thuisplan.allocation.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyQuotaTest {

    @Test
    void eachCriterionsContributionIsShownAndTheyAddUpToTheQuota() {
        // A: 0.6 × 600/1000 + 0.4 × 100/400 = 0.46 of 50 = 23 (18 + 5); B: 0.54 of 50 = 27 (12 + 15)
        AllocationResult result = ENGINE.allocate(new AllocationRequest(50, Method.LARGEST_REMAINDER,
                List.of(Criterion.of("inwoners", "0.6"), Criterion.of("lettings", "0.4")),
                List.of(unit("A", "inwoners", 600, "lettings", 100), unit("B", "inwoners", 400, "lettings", 300))));

        UnitResult a = result.result("A");
        assertThat(a.contributions()).containsExactly(entry("inwoners", Rational.of(18)), entry("lettings", Rational.of(5)));
        assertThat(a.contributionTexts()).containsExactly(entry("inwoners", "18.00"), entry("lettings", "5.00"));
        assertThat(a.quotaText()).isEqualTo("23.00");
        assertThat(result.target("B")).isEqualTo(27);
        assertThat(result.steps().get(0).text()).isEqualTo("A: quotum volgens de verdeelsleutel 23 = inwoners 18 "
                + "(60% × 60,00% van 50) + lettings 5 (40% × 25,00% van 50)");
    }

    @Test
    void resultsComeBackInRequestOrderWhileStepsFollowIdOrder() {
        AllocationResult result = ENGINE.allocate(Fixtures.byInhabitants(10, Method.LARGEST_REMAINDER,
                Fixtures.units("Zwolle", 3, "Almelo", 2, "Deventer", 5)));

        assertThat(result.results()).extracting(UnitResult::id).containsExactly("Zwolle", "Almelo", "Deventer");
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.KEY_QUOTA).extracting(Step::unitId)
                .containsExactly("Almelo", "Deventer", "Zwolle");
        assertThat(result.steps()).extracting(Step::number).startsWith(1, 2, 3);
        assertThat(result.steps().get(result.steps().size() - 1).text())
                .isEqualTo("Totaal toegewezen: 10 van 10 volgens grootste overschotten (Hamilton)");
    }
}
