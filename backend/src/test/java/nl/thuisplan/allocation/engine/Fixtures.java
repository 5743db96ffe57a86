package nl.thuisplan.allocation.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Small builders so each test shows its numbers, not its plumbing. */
final class Fixtures {

    static final AllocationEngine ENGINE = new AllocationEngine();

    private Fixtures() {
    }

    /** Units with one indicator "inwoners", given as id/value pairs: unit("A", 100, "B", 80). */
    static List<Unit> units(Object... idsAndValues) {
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k < idsAndValues.length; k += 2) {
            units.add(unit((String) idsAndValues[k], "inwoners", idsAndValues[k + 1]));
        }
        return units;
    }

    /** One unit with indicators given as name/value pairs. */
    static Unit unit(String id, Object... namesAndValues) {
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            indicators.put((String) namesAndValues[k], new BigDecimal(namesAndValues[k + 1].toString()));
        }
        return Unit.of(id, indicators);
    }

    static AllocationRequest byInhabitants(int total, Method method, List<Unit> units) {
        return new AllocationRequest(total, method, List.of(Criterion.of("inwoners", "1")), units, Optional.empty());
    }

    static AllocationResult allocate(int total, Method method, List<Unit> units) {
        return ENGINE.allocate(byInhabitants(total, method, units));
    }

    /** Targets by id, in id order of the given ids. */
    static Map<String, Integer> targets(AllocationResult result) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        result.results().forEach(r -> targets.put(r.id(), r.target()));
        return targets;
    }

    /** The 15 states of the 1790 US census (apportionment population), total 3,615,920. */
    static List<Unit> census1790() {
        return units("Connecticut", 236_841, "Delaware", 55_540, "Georgia", 70_835, "Kentucky", 68_705,
                "Maryland", 278_514, "Massachusetts", 475_327, "New Hampshire", 141_822, "New Jersey", 179_570,
                "New York", 331_589, "North Carolina", 353_523, "Pennsylvania", 432_879, "Rhode Island", 68_446,
                "South Carolina", 206_236, "Vermont", 85_533, "Virginia", 630_560);
    }
}
