/**
 * Cross-region comparison for provinces, programme managers and the beheerder: per region and per
 * municipality demand, fair share and realisation, urgency capacity, completeness and woonzorgvisie
 * status, with small counts hidden (and not recoverable by subtraction), maps and exports.
 */
package nl.thuisplan.dashboard;
