package nl.thuisplan.allocation;

/** The steps on a proposed swap: the other party confirms or rejects, the proposer withdraws. */
public enum SwapAction {
    CONFIRM(SwapStatus.CONFIRMED), REJECT(SwapStatus.REJECTED), WITHDRAW(SwapStatus.WITHDRAWN);

    final SwapStatus outcome;

    SwapAction(SwapStatus outcome) {
        this.outcome = outcome;
    }
}
