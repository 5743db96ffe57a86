/**
 * Small-number protection, the one implementation every feature uses: counts below the threshold
 * hidden, and no hidden figure recoverable by subtraction, whether from a column's visible cells and
 * its total (the dashboards) or from a total minus the reader's own share (the demand totals).
 */
package nl.thuisplan.smallnumbers;
