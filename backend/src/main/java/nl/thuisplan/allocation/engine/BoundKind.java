package nl.thuisplan.allocation.engine;

/** Whether a unit's quota was held at its floor or cap during redistribution. */
public enum BoundKind {
    NONE, MIN, MAX
}
