/**
 * How complete an aggregate is: of the municipalities it should hold, how many have adopted figures.
 * One view record ({@link nl.thuisplan.completeness.Completeness}) and one set of thresholds for every
 * feature that sums demand over municipalities (the dashboards, the demand totals, the capacity
 * check, the woonzorgvisie figures of a deelregio), so a sum over 1 of 82 never passes for a whole.
 */
package nl.thuisplan.completeness;
