package nl.thuisplan.allocation.engine;

import java.util.List;
import java.util.Optional;

/**
 * What to allocate: {@code total} (>= 0) over {@code units} by a weighted key of {@code criteria},
 * optionally corrected for draagkracht. A missing method means {@link Method#LARGEST_REMAINDER}.
 * Everything is checked by the engine, which reports every problem with its field path.
 */
public record AllocationRequest(int total, Method method, List<Criterion> criteria, List<Unit> units,
                                Optional<Draagkracht> draagkracht) {

    public AllocationRequest {
        method = method == null ? Method.LARGEST_REMAINDER : method;
        draagkracht = draagkracht == null ? Optional.empty() : draagkracht;
    }

    public AllocationRequest(int total, Method method, List<Criterion> criteria, List<Unit> units) {
        this(total, method, criteria, units, Optional.empty());
    }
}
