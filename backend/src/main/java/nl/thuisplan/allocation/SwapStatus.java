package nl.thuisplan.allocation;

/** The states of a swap between two gemeenten; only a proposed swap can still change. */
public enum SwapStatus {
    PROPOSED, CONFIRMED, REJECTED, WITHDRAWN
}
