/**
 * The woonzorgvisie as a PDF and a DOCX ({@link nl.thuisplan.woonzorgvisie.export.DocumentExport}).
 * The rendered document is turned into one flat list of flow elements (headings, paragraphs, list
 * items, table rows, charts; {@link nl.thuisplan.woonzorgvisie.export.DocumentFlow}) that a single
 * JasperReports template, {@code reports/woonzorgvisie.jrxml}, lays out over pages. Both formats are
 * exported from the same filled report, so they have the same pages and table of contents.
 */
package nl.thuisplan.woonzorgvisie.export;
