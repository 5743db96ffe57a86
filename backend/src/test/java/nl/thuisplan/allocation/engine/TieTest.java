package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.allocate;
import static nl.thuisplan.allocation.engine.Fixtures.targets;
import static nl.thuisplan.allocation.engine.Fixtures.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

/** The tie rule: larger quota first, then smaller id; withdrawals the reverse; each tie in its step. */
class TieTest {

    @Test
    void equalRemaindersGoToTheLargerQuotaAndTheStepSaysSo() {
        // quotas 2.5 (b) and 1.5 (a): both remainders 0.5; b wins on its quota although a sorts first
        AllocationResult result = allocate(4, Method.LARGEST_REMAINDER, units("a", 3, "b", 5));

        assertThat(targets(result)).containsOnly(entry("a", 1), entry("b", 3));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.REMAINDER_AWARD).singleElement()
                .satisfies(s -> {
                    assertThat(s.unitId()).isEqualTo("b");
                    assertThat(s.tie()).isEqualTo(new Tie("a", Tie.TieBreak.QUOTA));
                    assertThat(s.text()).isEqualTo("b krijgt restplaats 1 van 1 (rest 0,5); gelijke stand met a "
                            + "(rest 0,5), beslist op het grotere quotum (2,50 tegen 1,50); nu 3");
                });
    }

    @Test
    void equalRemaindersAndEqualQuotasGoToTheSmallerId() {
        AllocationResult result = allocate(1, Method.LARGEST_REMAINDER, units("Zaanstad", 7, "Almere", 7));

        assertThat(targets(result)).containsOnly(entry("Zaanstad", 0), entry("Almere", 1));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.REMAINDER_AWARD).singleElement()
                .satisfies(s -> {
                    assertThat(s.tie()).isEqualTo(new Tie("Zaanstad", Tie.TieBreak.ID));
                    assertThat(s.text()).contains("gelijke stand met Zaanstad (rest 0,5), beslist op id, want de "
                            + "quota zijn gelijk: Almere komt voor Zaanstad");
                });
    }

    @Test
    void equalPrioritiesUnderADivisorMethodFollowTheSameRule() {
        AllocationResult result = allocate(1, Method.DHONDT, units("b", 1, "a", 1));

        assertThat(targets(result)).containsOnly(entry("a", 1), entry("b", 0));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.DIVISOR_AWARD).singleElement()
                .satisfies(s -> {
                    assertThat(s.tie()).isEqualTo(new Tie("b", Tie.TieBreak.ID));
                    assertThat(s.value()).isEqualTo(Rational.of(1, 2));
                    assertThat(s.text()).startsWith("a krijgt plaats 1: prioriteit 0,5 = quotum 0,50 / 1; "
                            + "gelijke stand met b (prioriteit 0,5)");
                });
    }

    @Test
    void aWithdrawalTakesThePlaceThatWouldHaveBeenHandedOutLast() {
        // Sainte-Laguë: three quotas of 2/3 each round up to 1 with divisor 1, one too many
        AllocationResult result = allocate(2, Method.SAINTE_LAGUE, units("a", 1, "b", 1, "c", 1));

        assertThat(targets(result)).containsOnly(entry("a", 1), entry("b", 1), entry("c", 0));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.DIVISOR_WITHDRAWAL).singleElement()
                .satisfies(s -> {
                    assertThat(s.unitId()).isEqualTo("c");
                    assertThat(s.tie()).isEqualTo(new Tie("b", Tie.TieBreak.ID));
                    assertThat(s.text()).contains("c geeft plaats 1 terug: laagste prioriteit 1,3333")
                            .contains("c komt na b");
                });
    }

    @Test
    void huntingtonHillFirstPlacesAreInfinitelyUrgentAndGoByQuota() {
        // everyone with a positive quota starts with 1 place; with too few, the smallest quota gives back
        AllocationResult result = allocate(2, Method.HUNTINGTON_HILL, units("a", 2, "b", 3, "c", 4));

        assertThat(targets(result)).containsOnly(entry("a", 0), entry("b", 1), entry("c", 1));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.DIVISOR_WITHDRAWAL).singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).isNull();
                    assertThat(s.valueText()).isEqualTo("oneindig");
                    assertThat(s.tie()).isEqualTo(new Tie("b", Tie.TieBreak.QUOTA));
                });
    }
}
