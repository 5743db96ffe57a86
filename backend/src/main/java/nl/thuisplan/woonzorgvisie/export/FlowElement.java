package nl.thuisplan.woonzorgvisie.export;

import java.util.List;

/**
 * One printable piece of the document, in reading order. The template has a band per kind and
 * prints the one that matches, so the whole document flows over pages from a single data source.
 *
 * @param level  heading level inside a section (1–6), list nesting depth (1 = top), or TOC depth
 * @param marker the bullet or number of a list item ("•", "3.")
 * @param text   plain text for headings and the TOC, JasperReports "styled" markup for body text
 * @param cells  a table row's cells as styled markup (table kinds only)
 * @param right  per cell: right-aligned (numeric column)
 * @param image  a chart as PNG (CHART only)
 * @param anchor the PDF anchor of a chapter or section heading, and the target of its TOC entry
 */
record FlowElement(Kind kind, int level, String marker, String text, List<String> cells, List<Boolean> right,
                   byte[] image, String anchor) {

    /** The names are the template's: it selects bands with {@code "PARAGRAPH".equals($F{kind})}. */
    enum Kind {
        TOC_TITLE, TOC_ENTRY, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CODE, RULE,
        TABLE_HEAD, TABLE_ROW, TABLE_TOTAL, BLOCK_TITLE, CHART, NOTE, EMPTY, GAP
    }

    FlowElement {
        cells = cells == null ? List.of() : List.copyOf(cells);
        right = right == null ? List.of() : List.copyOf(right);
    }

    static FlowElement of(Kind kind) {
        return new FlowElement(kind, 0, null, null, null, null, null, null);
    }

    static FlowElement text(Kind kind, int level, String text) {
        return new FlowElement(kind, level, null, text, null, null, null, null);
    }

    static FlowElement heading(Kind kind, int level, String text, String anchor) {
        return new FlowElement(kind, level, null, text, null, null, null, anchor);
    }

    static FlowElement listItem(int depth, String marker, String text) {
        return new FlowElement(Kind.LIST_ITEM, depth, marker, text, null, null, null, null);
    }

    static FlowElement row(Kind kind, List<String> cells, List<Boolean> right) {
        return new FlowElement(kind, 0, null, null, cells, right, null, null);
    }

    static FlowElement chart(byte[] png) {
        return new FlowElement(Kind.CHART, 0, null, null, null, null, png, null);
    }
}
