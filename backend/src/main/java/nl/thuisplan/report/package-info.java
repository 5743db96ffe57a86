/**
 * What every PDF document of the platform shares: compiling a JasperReports template once, and
 * exporting a filled report as a compressed, tagged (accessible), Dutch PDF, or as a DOCX. The
 * documents themselves live with their features ({@code allocation.report}, {@code urgency.report},
 * {@code woonzorgvisie.export}).
 */
package nl.thuisplan.report;
