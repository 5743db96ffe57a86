/**
 * The rendered form of a woonzorgvisie, shared by the browser view, the PDF and the DOCX export:
 * chapters, sections and their parts (resolved Markdown text or a table of live figures).
 */
package nl.thuisplan.woonzorgvisie.content;
