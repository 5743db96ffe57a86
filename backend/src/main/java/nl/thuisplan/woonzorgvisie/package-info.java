/**
 * Woonzorgvisies: regional templates (chapters, sections, guidance, placeholders and data blocks),
 * documents per gemeente or deelregio written from them with live figures, review by the programme
 * manager, adoption with a frozen snapshot of the figures, and export to PDF and DOCX.
 */
package nl.thuisplan.woonzorgvisie;
