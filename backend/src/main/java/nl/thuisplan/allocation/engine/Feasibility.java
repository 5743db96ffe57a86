package nl.thuisplan.allocation.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether floors and caps leave room for the total, checked before redistributing so the error can
 * name every binding bound. A unit with key share 0 receives nothing by proportion, so it can only
 * take its floor: it counts as capped at its floor.
 */
final class Feasibility {

    private Feasibility() {
    }

    static void check(PreparedRequest request, Rational[] shares) {
        int total = request.total();
        long floors = 0;
        List<String> floored = new ArrayList<>();
        StringBuilder floorTexts = new StringBuilder();
        for (PreparedUnit unit : request.units()) {
            if (unit.hasMin()) {
                floors += unit.min();
                floored.add(unit.id());
                floorTexts.append(floorTexts.length() == 0 ? "" : "; ").append(unit.id()).append(" minimaal ")
                        .append(unit.minText());
            }
        }
        if (floors > total) {
            throw new AllocationInfeasibleException(AllocationInfeasibleException.Reason.FLOORS_EXCEED_TOTAL, floored,
                    floors, total, "Onhaalbaar: de minima tellen op tot " + floors + ", meer dan het totaal " + total
                    + " (" + floorTexts + ")");
        }
        long upper = 0;
        List<String> binding = new ArrayList<>();
        StringBuilder capTexts = new StringBuilder();
        for (int i = 0; i < request.size(); i++) {
            PreparedUnit unit = request.unit(i);
            boolean keyless = shares[i].isZero();
            if (!keyless && !unit.hasMax()) {
                return; // this unit can absorb anything that is left
            }
            upper += keyless ? unit.min() : unit.max();
            binding.add(unit.id());
            capTexts.append(capTexts.length() == 0 ? "" : "; ").append(unit.id())
                    .append(keyless ? " sleutelaandeel 0, dus alleen het minimum " + unit.min()
                            : " maximaal " + unit.maxText());
        }
        if (upper < total) {
            throw new AllocationInfeasibleException(AllocationInfeasibleException.Reason.CAPS_BELOW_TOTAL, binding,
                    upper, total, "Onhaalbaar: de maxima tellen op tot " + upper + ", minder dan het totaal " + total
                    + " (" + capTexts + ")");
        }
    }
}
