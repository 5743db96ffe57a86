/**
 * What every PDF document of the platform shares: loading a JasperReports template compiled at
 * build time ({@code TemplateCompiler}, {@code CompiledReport}), and
 * exporting a filled report as a compressed, tagged (accessible), Dutch PDF, or as a DOCX. The
 * documents themselves live with their features ({@code allocation.report}, {@code urgency.report},
 * {@code woonzorgvisie.export}).
 */
package nl.thuisplan.report;
