package nl.thuisplan.allocation.engine;

/**
 * The one tie rule of the engine: on an equal remainder or priority the larger quota goes first,
 * and on an equal quota the smaller id (String order). Deterministic and independent of input
 * order. Withdrawals (divisor methods, too many places at the start) use the exact reverse, so the
 * place given back is the one that would have been handed out last.
 */
final class TieRule {

    private TieRule() {
    }

    /** Negative when unit a goes before unit b; units are indexed in id order. */
    static int compare(Rational quotaA, int indexA, Rational quotaB, int indexB) {
        int byQuota = quotaB.compareTo(quotaA);
        return byQuota != 0 ? byQuota : Integer.compare(indexA, indexB);
    }

    static Tie tie(String otherId, Rational quota, Rational otherQuota) {
        return new Tie(otherId, quota.equals(otherQuota) ? Tie.TieBreak.ID : Tie.TieBreak.QUOTA);
    }

    /** "; gelijke stand met B (rest 0,50), beslist op het grotere quotum (2,50 tegen 1,50)". */
    static String text(Tie tie, String id, String what, Rational quota, Rational otherQuota, boolean withdrawal) {
        String start = "; gelijke stand met " + tie.otherUnitId() + " (" + what + "), beslist op ";
        if (tie.decidedBy() == Tie.TieBreak.QUOTA) {
            return start + "het " + (withdrawal ? "kleinere" : "grotere") + " quotum (" + Texts.number(quota)
                    + " tegen " + Texts.number(otherQuota) + ")";
        }
        return start + "id, want de quota zijn gelijk: " + id + (withdrawal ? " komt na " : " komt voor ")
                + tie.otherUnitId();
    }
}
