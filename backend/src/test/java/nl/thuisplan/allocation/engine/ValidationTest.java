package nl.thuisplan.allocation.engine;

import static nl.thuisplan.allocation.engine.Fixtures.ENGINE;
import static nl.thuisplan.allocation.engine.Fixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.thuisplan.allocation.engine.AllocationValidationException.Code;
import nl.thuisplan.allocation.engine.AllocationValidationException.FieldError;

class ValidationTest {

    private static final List<Criterion> KEY = List.of(Criterion.of("inwoners", "0.6"), Criterion.of("lettings", "0.4"));

    private static List<Unit> units() {
        return List.of(unit("A", "inwoners", 100, "lettings", 10), unit("B", "inwoners", 50, "lettings", 20),
                unit("C", "inwoners", 10, "lettings", 5));
    }

    private static AllocationValidationException error(AllocationRequest request) {
        try {
            ENGINE.allocate(request);
        } catch (AllocationValidationException e) {
            assertThat(e).isInstanceOf(IllegalArgumentException.class);
            return e;
        }
        throw new AssertionError("request was accepted");
    }

    @Test
    void weightsThatDoNotSumToOneAreRejectedOnTheCriteria() {
        var e = error(new AllocationRequest(10, null,
                List.of(Criterion.of("inwoners", "0.5"), Criterion.of("lettings", "0.4")), units()));
        assertThat(e.field()).isEqualTo("criteria");
        assertThat(e.errors()).extracting(FieldError::code).containsExactly(Code.WEIGHTS_NOT_ONE);
        assertThat(e.getMessage()).isEqualTo("criteria: de gewichten tellen op tot 0,9; dat moet precies 1 zijn");
    }

    @Test
    void weightsOfOneWithTrailingZerosAreAccepted() {
        var result = ENGINE.allocate(new AllocationRequest(10, null,
                List.of(Criterion.of("inwoners", "0.50"), Criterion.of("lettings", "0.500")), units()));
        assertThat(result.allocated()).isEqualTo(10);
    }

    @Test
    void aNegativeWeightCarriesItsPath() {
        var e = error(new AllocationRequest(10, null,
                List.of(Criterion.of("inwoners", "1.5"), Criterion.of("lettings", "-0.5")), units()));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("criteria[1].weight", Code.NEGATIVE));
    }

    @Test
    void aNegativeIndicatorValueCarriesItsPath() {
        var units = List.of(unit("A", "inwoners", 100, "lettings", 10), unit("B", "inwoners", 50, "lettings", -2));
        var e = error(new AllocationRequest(10, null, KEY, units));
        assertThat(e.field()).isEqualTo("units[1].indicators.lettings");
        assertThat(e.errors().get(0).code()).isEqualTo(Code.NEGATIVE);
    }

    @Test
    void anIndicatorNoUnitHasIsUnknownOnTheCriterion() {
        var e = error(new AllocationRequest(10, null, List.of(Criterion.of("huurwoningen", "1")), units()));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("criteria[0].indicator", Code.UNKNOWN_INDICATOR));
    }

    @Test
    void anIndicatorOneUnitLacksIsReportedOnThatUnit() {
        var units = List.of(unit("A", "inwoners", 100, "lettings", 10), unit("B", "inwoners", 50, "lettings", 20),
                unit("C", "inwoners", 10));
        var e = error(new AllocationRequest(10, null, KEY, units));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("units[2].indicators.lettings", Code.MISSING_INDICATOR));
    }

    @Test
    void anIndicatorThatIsZeroEverywhereHasNoShares() {
        var units = List.of(unit("A", "inwoners", 100, "lettings", 0), unit("B", "inwoners", 50, "lettings", 0));
        var e = error(new AllocationRequest(10, null, KEY, units));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("criteria[1].indicator", Code.ZERO_TOTAL));
    }

    @Test
    void duplicateIdsAreRejectedOnTheSecondOccurrence() {
        var units = List.of(unit("A", "inwoners", 1, "lettings", 1), unit("B", "inwoners", 1, "lettings", 1),
                unit("A", "inwoners", 1, "lettings", 1));
        assertThat(error(new AllocationRequest(10, null, KEY, units)).field()).isEqualTo("units[2].id");
    }

    @Test
    void aFloorAboveTheCapIsRejectedOnTheFloor() {
        var units = List.of(unit("A", "inwoners", 1, "lettings", 100)
                .withMin(Bound.shareOf("lettings", "0.2")).withMax(Bound.absolute(15)), unit("B", "inwoners", 1, "lettings", 1));
        var e = error(new AllocationRequest(10, null, KEY, units));
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("units[0].min", Code.MIN_ABOVE_MAX));
        assertThat(e.errors().get(0).message()).isEqualTo("minimum 20% van lettings (20) ligt boven maximum 15");
    }

    @Test
    void boundsAndDraagkrachtAndTotalCarryTheirPaths() {
        var units = List.of(unit("A", "inwoners", 1, "lettings", 1).withMax(Bound.absolute(-1)),
                unit("B", "inwoners", 1, "lettings", 1).withMin(Bound.shareOf("verhuringen", "0.1")));
        var e = error(new AllocationRequest(-5, Method.DHONDT, KEY, units,
                Optional.of(new Draagkracht("plekken", new BigDecimal("-1")))));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("total", "draagkracht.indicator",
                "draagkracht.strength");
        // bounds are checked once the rest is sound
        var e2 = error(new AllocationRequest(5, Method.DHONDT, KEY, units));
        assertThat(e2.errors()).extracting(FieldError::field).containsExactly("units[0].max.value",
                "units[1].min.indicator");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var units = List.of(unit("A", "inwoners", -1, "lettings", 1), unit("", "inwoners", 1, "lettings", 1));
        var e = error(new AllocationRequest(10, null,
                List.of(Criterion.of("inwoners", "0.7"), Criterion.of("inwoners", "0.3")), units));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("units[0].indicators.inwoners",
                "units[1].id", "criteria[1].indicator");
    }
}
