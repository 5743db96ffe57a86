package nl.thuisplan.allocation.engine;

import java.util.List;
import java.util.Optional;

/** A generated region: what the properties allocate, with the sums they check against. */
record Scenario(int total, List<Criterion> criteria, List<Unit> units, Optional<Draagkracht> draagkracht) {

    AllocationRequest request(Method method) {
        return new AllocationRequest(total, method, criteria, units, draagkracht);
    }

    long floorSum() {
        return units.stream().mapToLong(u -> u.min() == null ? 0 : ((Bound.Absolute) u.min()).value()).sum();
    }

    /** Sum of the caps, or Long.MAX_VALUE when some unit has none (every unit has a positive key). */
    long capSum() {
        return units.stream().anyMatch(u -> u.max() == null) ? Long.MAX_VALUE
                : units.stream().mapToLong(u -> ((Bound.Absolute) u.max()).value()).sum();
    }

    @Override
    public String toString() {
        return "Scenario[total=" + total + ", criteria=" + criteria + ", draagkracht=" + draagkracht + ", "
                + units.size() + " units " + units + "]";
    }
}
