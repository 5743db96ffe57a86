package nl.thuisplan.allocation.engine;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Targets per unit (in the order of the request) and the numbered steps that explain them. The
 * steps do not depend on the order of the request: they follow the computation over units sorted
 * by id.
 */
public record AllocationResult(Method method, int total, List<UnitResult> results, List<Step> steps) {

    public AllocationResult {
        results = List.copyOf(results);
        steps = List.copyOf(steps);
    }

    /** Sum of the targets: equal to {@code total} except for {@link Method#STATUTORY_CEIL}. */
    public int allocated() {
        return results.stream().mapToInt(UnitResult::target).sum();
    }

    public UnitResult result(String id) {
        return results.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no unit " + id));
    }

    public int target(String id) {
        return result(id).target();
    }
}
