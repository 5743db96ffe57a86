package nl.thuisplan.allocation.engine;

import java.util.List;
import java.util.Optional;

/** A request that passed validation; {@code units} are sorted by id so input order cannot matter. */
record PreparedRequest(int total, Method method, List<Criterion> criteria, List<PreparedUnit> units,
                       Optional<Draagkracht> draagkracht) {

    int size() {
        return units.size();
    }

    PreparedUnit unit(int index) {
        return units.get(index);
    }
}
