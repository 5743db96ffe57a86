package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.ENGINE;
import static nl.thuisplan.allocation.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** s'_i = s_i / (1 + k × δ_i / s_i), renormalised; see DraagkrachtCorrection. */
class DraagkrachtTest {

    private static AllocationResult allocate(String strength, int a, int b, int c) {
        var units = List.of(unit("A", "inwoners", 50, "plekken", a), unit("B", "inwoners", 25, "plekken", b),
                unit("C", "inwoners", 25, "plekken", c));
        return ENGINE.allocate(new AllocationRequest(300, Method.LARGEST_REMAINDER,
                List.of(Criterion.of("inwoners", "1")), units, Optional.of(Draagkracht.of("plekken", strength))));
    }

    @Test
    void unitsHostingMoreThanTheirShareGetLessByTheDocumentedFormula() {
        // key shares 1/2, 1/4, 1/4 (quotas 150, 75, 75); hosted shares 1/4, 0, 3/4; k = 1/2:
        // loads r = 0.5, 0, 3; g = 1/(1 + r/2) = 0.8, 1, 0.4; s × g = 0.4, 0.25, 0.1 (sum 0.75)
        // renormalised 8/15, 1/3, 2/15 of 300: 160, 100, 40
        AllocationResult result = allocate("0.5", 25, 0, 75);

        assertThat(result.result("A").keyQuota()).isEqualTo(Rational.of(150));
        assertThat(result.results()).extracting(UnitResult::correctedQuota)
                .containsExactly(Rational.of(160), Rational.of(100), Rational.of(40));
        assertThat(Fixtures.targets(result)).containsValues(160, 100, 40);
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.DRAAGKRACHT).first().satisfies(s -> {
            assertThat(s.unitId()).isEqualTo("A");
            assertThat(s.value()).isEqualTo(Rational.of(16, 15));
            assertThat(s.text()).isEqualTo("A: aandeel in plekken 25,00% tegen sleutelaandeel 50,00% (belasting 0,5); "
                    + "gewicht 1/(1 + 0,5 × 0,5) = 0,8, na normalisatie factor 1,0667: quotum 150 wordt 160");
        });
    }

    @Test
    void theFactorIsRoundedToNineSignificantDigitsAndQuotasStillSumExactly() {
        // hosted shares 0.6, 0.2, 0.2 with k = 1: g = 1/2.2 and 1/1.8, i.e. 0.454545455 and 0.555555556
        AllocationResult result = allocate("1", 60, 20, 20);

        assertThat(result.results().stream().map(UnitResult::correctedQuota).reduce(Rational.ZERO, Rational::add))
                .isEqualTo(Rational.of(300));
        assertThat(result.result("A").correctedQuotaText()).isEqualTo("135.00");
        assertThat(result.steps()).filteredOn(s -> "A".equals(s.unitId()) && s.kind() == StepKind.DRAAGKRACHT)
                .singleElement().satisfies(s -> assertThat(s.text()).contains("= 0,454545455,"));
    }

    @Test
    void hostingInProportionToTheKeyChangesNothing() {
        AllocationResult result = allocate("2.5", 20, 10, 10);
        result.results().forEach(r -> assertThat(r.correctedQuota()).isEqualTo(r.keyQuota()));
    }

    @Test
    void strengthZeroChangesNothing() {
        AllocationResult result = allocate("0", 90, 5, 5);
        result.results().forEach(r -> assertThat(r.correctedQuota()).isEqualTo(r.keyQuota()));
    }

    @Test
    void whenNobodyHostsAnythingYetThereIsNothingToCorrect() {
        AllocationResult result = allocate("1", 0, 0, 0);
        result.results().forEach(r -> assertThat(r.correctedQuota()).isEqualTo(r.keyQuota()));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.DRAAGKRACHT).singleElement()
                .satisfies(s -> assertThat(s.unitId()).isNull());
    }
}
