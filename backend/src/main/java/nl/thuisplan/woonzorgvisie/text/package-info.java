/**
 * Writers' text: finding placeholders and data blocks in Markdown, checking them against the
 * catalogue (with line and column), replacing them by figures, and turning Markdown into
 * sanitised HTML for the browser.
 */
package nl.thuisplan.woonzorgvisie.text;
