package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.allocate;
import static nl.thuisplan.allocation.engine.Fixtures.targets;
import static nl.thuisplan.allocation.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoundsTest {

    @Test
    void whatACapCutsOffGoesToTheOthersInProportionToTheirQuotas() {
        AllocationResult result = allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 50).withMax(Bound.absolute(40)), unit("B", "inwoners", 30),
                unit("C", "inwoners", 20)));

        assertThat(targets(result)).containsOnly(entry("A", 40), entry("B", 36), entry("C", 24));
        assertThat(result.result("A").bound()).isEqualTo(BoundKind.MAX);
        assertThat(result.result("B").quota()).isEqualTo(Rational.of(36));
        assertThat(result.result("B").keyQuota()).isEqualTo(Rational.of(30));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.BOUND_MAX).singleElement()
                .satisfies(s -> {
                    assertThat(s.unitId()).isEqualTo("A");
                    assertThat(s.value()).isEqualTo(Rational.of(50));
                    assertThat(s.text()).isEqualTo("Ronde 1: A zou 50 krijgen, boven het maximum 40; vastgezet op 40");
                });
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.REDISTRIBUTION).singleElement()
                .satisfies(s -> {
                    assertThat(s.value()).isEqualTo(Rational.of(10));
                    assertThat(s.text()).startsWith("Ronde 1: 10 boven de maxima gaat naar 2 gemeenten zonder grens");
                });
    }

    @Test
    void redistributionRepeatsUntilNoUnitPassesItsCap() {
        AllocationResult result = allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 50).withMax(Bound.absolute(40)),
                unit("B", "inwoners", 30).withMax(Bound.absolute(33)), unit("C", "inwoners", 20)));

        // round 1: A 50 > 40, B becomes 36 > 33; round 2: B held at 33, C takes the rest
        assertThat(targets(result)).containsOnly(entry("A", 40), entry("B", 33), entry("C", 27));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.BOUND_MAX)
                .extracting(Step::text).containsExactly(
                        "Ronde 1: A zou 50 krijgen, boven het maximum 40; vastgezet op 40",
                        "Ronde 2: B zou 36 krijgen, boven het maximum 33; vastgezet op 33");
    }

    @Test
    void aFloorIsPaidForByTheOthersInProportionToTheirQuotas() {
        AllocationResult result = allocate(100, Method.LARGEST_REMAINDER, List.of(unit("A", "inwoners", 90),
                unit("B", "inwoners", 9), unit("C", "inwoners", 1).withMin(Bound.absolute(5))));

        // A and B share 95 as 90 : 9, i.e. 86.36 and 8.64; the one remaining place goes to B (.64)
        assertThat(targets(result)).containsOnly(entry("A", 86), entry("B", 9), entry("C", 5));
        assertThat(result.result("C").bound()).isEqualTo(BoundKind.MIN);
        assertThat(result.result("A").quota()).isEqualTo(Rational.of(950, 11));
    }

    @Test
    void whenCapsCutMoreThanFloorsLackCapsAreFixedFirstAndFloorsLookedAtAgain() {
        AllocationResult result = allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 60).withMax(Bound.absolute(40)), unit("B", "inwoners", 38),
                unit("C", "inwoners", 2).withMin(Bound.absolute(10))));

        assertThat(targets(result)).containsOnly(entry("A", 40), entry("B", 50), entry("C", 10));
        assertThat(result.steps()).filteredOn(s -> s.kind() == StepKind.REDISTRIBUTION).first()
                .satisfies(s -> assertThat(s.text()).contains("onder het minimum zit, wordt na deze herverdeling opnieuw bekeken"));
    }

    @Test
    void aCapThatNoLongerBindsOnceFloorsAreMetIsNotApplied() {
        // B's key quota 50 passes its cap 45, but paying A's floor brings B down to 33.33
        AllocationResult result = allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 10).withMin(Bound.absolute(40)),
                unit("B", "inwoners", 50).withMax(Bound.absolute(45)), unit("C", "inwoners", 40)));

        assertThat(targets(result)).containsOnly(entry("A", 40), entry("B", 33), entry("C", 27));
        assertThat(result.result("B").bound()).isEqualTo(BoundKind.NONE);
        assertThat(result.steps()).noneMatch(s -> s.kind() == StepKind.BOUND_MAX);
    }

    @Test
    void aShareOfLettingsIsRoundedDownForACapAndUpForAFloor() {
        AllocationResult capped = allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 100, "lettings", 125).withMax(Bound.shareOf("lettings", "0.10")),
                unit("B", "inwoners", 100, "lettings", 1000)));
        assertThat(targets(capped)).containsOnly(entry("A", 12), entry("B", 88));
        assertThat(capped.steps()).anySatisfy(s -> assertThat(s.text())
                .contains("boven het maximum 10% van lettings (12,5, naar beneden afgerond: 12)"));

        AllocationResult floored = allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 1, "lettings", 125).withMin(Bound.shareOf("lettings", "0.10")),
                unit("B", "inwoners", 100, "lettings", 1000)));
        assertThat(targets(floored)).containsOnly(entry("A", 13), entry("B", 87));
    }

    @Test
    void floorsAboveTheTotalAreInfeasibleAndNamed() {
        assertThatThrownBy(() -> allocate(100, Method.LARGEST_REMAINDER, List.of(
                unit("A", "inwoners", 1).withMin(Bound.absolute(60)),
                unit("B", "inwoners", 1).withMin(Bound.absolute(50)), unit("C", "inwoners", 1))))
                .isInstanceOfSatisfying(AllocationInfeasibleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AllocationInfeasibleException.Reason.FLOORS_EXCEED_TOTAL);
                    assertThat(e.unitIds()).containsExactly("A", "B");
                    assertThat(e.boundSum()).isEqualTo(110);
                    assertThat(e.getMessage()).isEqualTo("Onhaalbaar: de minima tellen op tot 110, meer dan het "
                            + "totaal 100 (A minimaal 60; B minimaal 50)");
                });
    }

    @Test
    void capsBelowTheTotalAreInfeasibleAndNamed() {
        assertThatThrownBy(() -> allocate(100, Method.SAINTE_LAGUE, List.of(
                unit("A", "inwoners", 1, "lettings", 200).withMax(Bound.absolute(30)),
                unit("B", "inwoners", 1, "lettings", 200).withMax(Bound.shareOf("lettings", "0.1")))))
                .isInstanceOfSatisfying(AllocationInfeasibleException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AllocationInfeasibleException.Reason.CAPS_BELOW_TOTAL);
                    assertThat(e.unitIds()).containsExactly("A", "B");
                    assertThat(e.boundSum()).isEqualTo(50);
                    assertThat(e.getMessage()).contains("de maxima tellen op tot 50, minder dan het totaal 100")
                            .contains("A maximaal 30").contains("B maximaal 10% van lettings (20)");
                });
    }

    @Test
    void aUnitWithoutKeyShareCanOnlyTakeItsFloorSoItCountsAsBinding() {
        assertThatThrownBy(() -> allocate(10, Method.LARGEST_REMAINDER, List.of(unit("A", "inwoners", 0),
                unit("B", "inwoners", 10).withMax(Bound.absolute(5)))))
                .isInstanceOfSatisfying(AllocationInfeasibleException.class, e -> {
                    assertThat(e.unitIds()).containsExactly("A", "B");
                    assertThat(e.getMessage()).contains("A sleutelaandeel 0, dus alleen het minimum 0");
                });
    }

    @Test
    void aUnitWithoutKeyShareGetsNothingByAnyMethodUnlessItHasAFloor() {
        for (Method method : Method.values()) {
            var plain = allocate(10, method, List.of(unit("A", "inwoners", 0), unit("B", "inwoners", 7)));
            assertThat(targets(plain)).as(method.name()).containsOnly(entry("A", 0), entry("B", 10));

            var floored = allocate(10, method, List.of(unit("A", "inwoners", 0).withMin(Bound.absolute(3)),
                    unit("B", "inwoners", 7)));
            assertThat(targets(floored)).as(method.name()).containsOnly(entry("A", 3), entry("B", 7));
            assertThat(floored.result("A").bound()).isEqualTo(BoundKind.MIN);
        }
    }

    @Test
    void divisorMethodsKeepUnitsWithinTheirBoundsWhenTheQuotaDoesNotBind() {
        // A's quota is 8.9 (under its cap of 9), yet unbounded D'Hondt would give A all 10 places
        List<Unit> units = new java.util.ArrayList<>(List.of(unit("A", "inwoners", 890)));
        for (char id = 'B'; id <= 'K'; id++) {
            units.add(unit(String.valueOf(id), "inwoners", 11));
        }
        assertThat(allocate(10, Method.DHONDT, units).target("A")).isEqualTo(10);

        units.set(0, units.get(0).withMax(Bound.absolute(9)));
        AllocationResult capped = allocate(10, Method.DHONDT, units);
        assertThat(capped.target("A")).isEqualTo(9);
        assertThat(capped.result("A").bound()).isEqualTo(BoundKind.NONE);
        // the last place goes to one of ten equal small units: the tie rule picks the smallest id
        assertThat(capped.target("B")).isEqualTo(1);
        assertThat(capped.steps()).filteredOn(s -> s.kind() == StepKind.DIVISOR_AWARD).last()
                .satisfies(s -> assertThat(s.tie()).isEqualTo(new Tie("C", Tie.TieBreak.ID)));
    }
}
