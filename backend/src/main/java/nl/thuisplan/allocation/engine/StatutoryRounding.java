package nl.thuisplan.allocation.engine;

/**
 * The statutory taakstelling vergunninghouders (Huisvestingswet 2014 art. 29): every unit gets the
 * ceiling of its quota, so no gemeente is asked less than its exact share and the sum may exceed
 * the total. Bounds are whole numbers and quotas respect them, so ceilings do too.
 */
final class StatutoryRounding extends Rounding {

    @Override
    int[] round(PreparedRequest request, BoundRedistribution.Outcome bounded, StepLog log) {
        int[] targets = new int[request.size()];
        placeBound(request, bounded, targets, log);
        for (int i = 0; i < request.size(); i++) {
            if (bounded.kinds()[i] != BoundKind.NONE) {
                continue;
            }
            Rational quota = bounded.quotas()[i];
            targets[i] = quota.ceil().intValueExact();
            String id = request.unit(i).id();
            log.unit(StepKind.CEILING, id, Rational.of(targets[i]), Integer.toString(targets[i]),
                    id + ": quotum " + Texts.precise(quota) + (quota.isInteger() ? " is geheel: " : " naar boven afgerond: ")
                            + targets[i]);
        }
        return targets;
    }
}
