package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over random regions ({@link Scenarios}): 0..5000 to allocate, 1..60 units, 1..3
 * criteria with weights summing to exactly 1, sometimes a draagkracht correction, and (where named)
 * random floors and caps.
 */
class AllocationPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.scenarios(false);
    }

    @Provide
    Arbitrary<Scenario> boundedScenarios() {
        return Scenarios.scenarios(true);
    }

    @Property(tries = 200)
    void targetsSumToTheTotalAndStatutoryCeilRoundsEveryQuotaUp(@ForAll("scenarios") Scenario scenario,
                                                                 @ForAll Method method) {
        AllocationResult result = ENGINE.allocate(scenario.request(method));

        if (method == Method.STATUTORY_CEIL) {
            assertThat(result.allocated()).isGreaterThanOrEqualTo(scenario.total());
            result.results().forEach(r -> assertThat(BigInteger.valueOf(r.target())).isEqualTo(r.quota().ceil()));
        } else {
            assertThat(result.allocated()).isEqualTo(scenario.total());
        }
    }

    @Property(tries = 200)
    void quotasSumExactlyToTheTotalAtEveryStage(@ForAll("scenarios") Scenario scenario) {
        AllocationResult result = ENGINE.allocate(scenario.request(Method.LARGEST_REMAINDER));

        Rational total = Rational.of(scenario.total());
        assertThat(sum(result, UnitResult::keyQuota)).isEqualTo(total);
        assertThat(sum(result, UnitResult::correctedQuota)).isEqualTo(total);
        assertThat(sum(result, UnitResult::quota)).isEqualTo(total);
        result.results().forEach(r -> assertThat(r.contributions().values().stream().reduce(Rational.ZERO, Rational::add))
                .isEqualTo(r.keyQuota()));
    }

    @Property(tries = 200)
    void hamiltonGivesEveryUnitTheFloorOrCeilingOfItsQuota(@ForAll("scenarios") Scenario scenario) {
        AllocationResult result = ENGINE.allocate(scenario.request(Method.LARGEST_REMAINDER));

        result.results().forEach(r -> assertThat(BigInteger.valueOf(r.target()))
                .isIn(r.quota().floor(), r.quota().ceil()));
    }

    @Property(tries = 200)
    void divisorMethodsMeetTheirDivisorCriterion(@ForAll("scenarios") Scenario scenario,
                                                 @ForAll("divisorMethods") Method method) {
        AllocationResult result = ENGINE.allocate(scenario.request(method));

        // no unit's claim on one more may beat any unit's claim on a place it holds
        Claim strongestUnmet = null;
        Claim weakestHeld = null;
        for (UnitResult r : result.results()) {
            Claim next = Claim.of(method, r.quota(), r.target());
            strongestUnmet = strongestUnmet == null || next.compareTo(strongestUnmet) > 0 ? next : strongestUnmet;
            if (r.target() > 0) {
                Claim held = Claim.of(method, r.quota(), r.target() - 1);
                weakestHeld = weakestHeld == null || held.compareTo(weakestHeld) < 0 ? held : weakestHeld;
            }
        }
        if (weakestHeld != null) {
            assertThat(strongestUnmet.compareTo(weakestHeld)).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 200)
    void boundsAreRespectedOrTheAllocationIsReportedInfeasible(@ForAll("boundedScenarios") Scenario scenario,
                                                               @ForAll Method method) {
        AllocationResult result;
        try {
            result = ENGINE.allocate(scenario.request(method));
        } catch (AllocationInfeasibleException e) {
            Statistics.label("feasible").collect(false);
            assertThat(scenario.floorSum() > scenario.total() || scenario.capSum() < scenario.total()).isTrue();
            return;
        }
        Statistics.label("feasible").collect(true);
        assertThat(scenario.floorSum()).isLessThanOrEqualTo(scenario.total());
        assertThat(sum(result, UnitResult::quota)).isEqualTo(Rational.of(scenario.total()));
        for (int k = 0; k < scenario.units().size(); k++) {
            Unit unit = scenario.units().get(k);
            UnitResult r = result.result(unit.id());
            int min = unit.min() == null ? 0 : ((Bound.Absolute) unit.min()).value();
            int max = unit.max() == null ? Integer.MAX_VALUE : ((Bound.Absolute) unit.max()).value();
            assertThat(r.target()).isBetween(min, max);
            assertThat(r.quota()).isBetween(Rational.of(min), Rational.of(max));
            if (r.bound() != BoundKind.NONE) {
                assertThat(r.quota()).isEqualTo(Rational.of(r.bound() == BoundKind.MIN ? min : max));
            }
            if (method == Method.LARGEST_REMAINDER) {
                assertThat(BigInteger.valueOf(r.target())).isIn(r.quota().floor(), r.quota().ceil());
            }
        }
        if (method != Method.STATUTORY_CEIL) {
            assertThat(result.allocated()).isEqualTo(scenario.total());
        }
        assertProportionalOutsideBounds(result);
    }

    /** The defining property of redistribution: quota = clamp(λ × corrected quota, min, max) for one λ. */
    private static void assertProportionalOutsideBounds(AllocationResult result) {
        List<UnitResult> free = result.results().stream()
                .filter(r -> r.bound() == BoundKind.NONE && r.correctedQuota().signum() > 0).toList();
        if (free.isEmpty()) {
            return;
        }
        Rational lambda = free.get(0).quota().divide(free.get(0).correctedQuota());
        free.forEach(r -> assertThat(r.quota()).isEqualTo(lambda.multiply(r.correctedQuota())));
        for (UnitResult r : result.results()) {
            Rational proportional = lambda.multiply(r.correctedQuota());
            if (r.bound() == BoundKind.MAX) {
                assertThat(proportional).isGreaterThanOrEqualTo(r.quota());
            } else if (r.bound() == BoundKind.MIN) {
                assertThat(proportional).isLessThanOrEqualTo(r.quota());
            }
        }
    }

    @Property(tries = 200)
    void theResultDoesNotDependOnTheOrderOfTheUnits(@ForAll("boundedScenarios") Scenario scenario,
                                                    @ForAll Method method, @ForAll Random random) {
        List<Unit> shuffled = new ArrayList<>(scenario.units());
        Collections.shuffle(shuffled, random);
        Scenario reordered = new Scenario(scenario.total(), scenario.criteria(), shuffled, scenario.draagkracht());

        AllocationResult original;
        try {
            original = ENGINE.allocate(scenario.request(method));
        } catch (AllocationInfeasibleException e) {
            assertThatThrownBy(() -> ENGINE.allocate(reordered.request(method))).hasMessage(e.getMessage());
            return;
        }
        AllocationResult other = ENGINE.allocate(reordered.request(method));
        assertThat(byId(other)).isEqualTo(byId(original));
        assertThat(other.steps()).isEqualTo(original.steps());
        assertThat(other.results()).extracting(UnitResult::id)
                .containsExactlyElementsOf(shuffled.stream().map(Unit::id).toList());
    }

    @Property(tries = 50)
    void theTotalIsAlwaysPlacedForSmallRegions(@ForAll @IntRange(max = 30) int total,
                                               @ForAll("scenarios") Scenario scenario) {
        Scenario small = new Scenario(total, scenario.criteria(), scenario.units(), scenario.draagkracht());
        for (Method method : Method.values()) {
            assertThat(ENGINE.allocate(small.request(method)).allocated()).isGreaterThanOrEqualTo(total);
        }
    }

    @Provide
    Arbitrary<Method> divisorMethods() {
        return net.jqwik.api.Arbitraries.of(Method.SAINTE_LAGUE, Method.DHONDT, Method.HUNTINGTON_HILL);
    }

    private static Rational sum(AllocationResult result, Function<UnitResult, Rational> quota) {
        return result.results().stream().map(quota).reduce(Rational.ZERO, Rational::add);
    }

    private static Map<String, UnitResult> byId(AllocationResult result) {
        return result.results().stream().collect(Collectors.toMap(UnitResult::id, r -> r));
    }
}
