/**
 * The live figures a woonzorgvisie shows for its gemeente or deelregio and period: key figures,
 * demand, allocation targets and realisation, the urgentieregeling and its capacity check. Computed
 * once per request as placeholder values and data blocks; frozen as a snapshot at adoption.
 */
package nl.thuisplan.woonzorgvisie.figures;
