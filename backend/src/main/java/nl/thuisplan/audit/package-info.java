/**
 * The append-only record of every change in a region: who, when, what, old and new value, and the
 * version it applied to. The database grants the application role insert and select only.
 */
package nl.thuisplan.audit;
