/**
 * What every PDF document of the platform shares: compiling a JasperReports template once, and
 * exporting a filled report as a compressed, tagged (accessible), Dutch PDF. The documents
 * themselves live with their features ({@code allocation.report}, {@code urgency.report}).
 */
package nl.thuisplan.report;
