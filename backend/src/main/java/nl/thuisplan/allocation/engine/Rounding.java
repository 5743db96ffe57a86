package nl.thuisplan.allocation.engine;

/**
 * Whole numbers from exact quotas. Units held at a bound keep it (their quota is already that
 * whole number); the others share what is left, each within its own bounds.
 */
abstract class Rounding {

    static Rounding of(Method method) {
        return switch (method) {
            case LARGEST_REMAINDER -> new RemainderRounding();
            case SAINTE_LAGUE, DHONDT, HUNTINGTON_HILL -> new DivisorRounding(method);
            case STATUTORY_CEIL -> new StatutoryRounding();
        };
    }

    abstract int[] round(PreparedRequest request, BoundRedistribution.Outcome bounded, StepLog log);

    /** Sets the bound units' targets and logs them; returns the total they take. */
    static long placeBound(PreparedRequest request, BoundRedistribution.Outcome bounded, int[] targets, StepLog log) {
        long sum = 0;
        for (int i = 0; i < request.size(); i++) {
            BoundKind kind = bounded.kinds()[i];
            if (kind == BoundKind.NONE) {
                continue;
            }
            PreparedUnit unit = request.unit(i);
            targets[i] = bounded.quotas()[i].floor().intValueExact();
            sum += targets[i];
            log.unit(StepKind.INITIAL, unit.id(), Rational.of(targets[i]), Integer.toString(targets[i]),
                    unit.id() + ": " + targets[i] + ", vast op het " + (kind == BoundKind.MAX
                            ? "maximum (" + unit.maxText() + ")" : "minimum (" + unit.minText() + ")"));
        }
        return sum;
    }
}
