package nl.thuisplan.woonzorgvisie.export;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import nl.thuisplan.woonzorgvisie.export.FlowElement.Kind;

/**
 * A section's Markdown as flow elements: one per paragraph, heading, list item, quote paragraph,
 * code block, rule and table row. Lists and quotes are flattened (a list item carries its depth and
 * marker) because the template lays out one element at a time. Thread-safe: the parser is.
 */
final class MarkdownFlow {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    /** Bullets by depth, as a word processor varies them. */
    private static final String[] BULLETS = {"•", "–", "▪"};

    private final List<FlowElement> out = new ArrayList<>();

    private MarkdownFlow() {
    }

    static List<FlowElement> of(String markdown) {
        MarkdownFlow flow = new MarkdownFlow();
        flow.children(PARSER.parse(markdown == null ? "" : markdown), 0, false);
        return flow.out;
    }

    private void children(Node parent, int depth, boolean quote) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, depth, quote);
        }
    }

    private void block(Node n, int depth, boolean quote) {
        if (n instanceof Paragraph) {
            paragraph(StyledMarkup.inline(n), depth, quote);
        } else if (n instanceof Heading h) {
            if (quote || depth > 0) {
                paragraph("<b>" + StyledMarkup.inline(h) + "</b>", depth, quote);
            } else {
                out.add(FlowElement.text(Kind.HEADING, h.getLevel(), StyledMarkup.inline(h)));
            }
        } else if (n instanceof ListBlock list) {
            list(list, depth, quote);
        } else if (n instanceof BlockQuote) {
            children(n, depth, true);
            if (!quote && depth == 0) {
                out.add(FlowElement.of(Kind.GAP));
            }
        } else if (n instanceof FencedCodeBlock c) {
            code(c.getLiteral(), depth, quote);
        } else if (n instanceof IndentedCodeBlock c) {
            code(c.getLiteral(), depth, quote);
        } else if (n instanceof HtmlBlock h) {
            // raw HTML is shown as the writer typed it, never interpreted (see docs/api/woonzorgvisie.md)
            paragraph(StyledMarkup.escape(stripTrailingNewlines(h.getLiteral())), depth, quote);
        } else if (n instanceof ThematicBreak) {
            out.add(FlowElement.of(Kind.RULE));
        } else if (n instanceof TableBlock table) {
            table(table);
        }
        // link reference definitions and anything unknown print nothing, as in the browser
    }

    private void paragraph(String markup, int depth, boolean quote) {
        if (quote) {
            out.add(FlowElement.text(Kind.QUOTE, depth, markup));
        } else if (depth > 0) {
            // a second paragraph in a list item: indented like the item, without a marker
            out.add(FlowElement.listItem(depth, "", markup));
        } else {
            out.add(FlowElement.text(Kind.PARAGRAPH, 0, markup));
        }
    }

    private void list(ListBlock list, int depth, boolean quote) {
        int itemDepth = depth + 1;
        int number = list instanceof OrderedList ol && ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
        String delimiter = list instanceof OrderedList ol && ol.getMarkerDelimiter() != null ? ol.getMarkerDelimiter() : ".";
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String marker = list instanceof BulletList ? BULLETS[Math.min(itemDepth, BULLETS.length) - 1] : number++ + delimiter;
            Node first = item.getFirstChild();
            if (first instanceof Paragraph && !quote) {
                out.add(FlowElement.listItem(itemDepth, marker, StyledMarkup.inline(first)));
                first = first.getNext();
            } else if (first instanceof Paragraph) {
                out.add(FlowElement.text(Kind.QUOTE, itemDepth, StyledMarkup.escape(marker) + " " + StyledMarkup.inline(first)));
                first = first.getNext();
            } else if (!quote) {
                // an item that starts with something other than text (a code block, a sub-list)
                out.add(FlowElement.listItem(itemDepth, marker, ""));
            }
            for (Node n = first; n != null; n = n.getNext()) {
                block(n, itemDepth, quote);
            }
        }
        if (depth == 0 && !quote) {
            out.add(FlowElement.of(Kind.GAP));
        }
    }

    private void code(String literal, int depth, boolean quote) {
        String text = StyledMarkup.escape(stripTrailingNewlines(literal));
        out.add(quote || depth > 0 ? FlowElement.text(quote ? Kind.QUOTE : Kind.LIST_ITEM, depth, text)
                : FlowElement.text(Kind.CODE, 0, text));
    }

    private void table(TableBlock table) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            boolean head = part instanceof TableHead;
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    List<Boolean> right = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(StyledMarkup.inline(cell));
                        right.add(cell instanceof TableCell tc && tc.getAlignment() == TableCell.Alignment.RIGHT);
                    }
                    out.add(TableRows.row(head ? Kind.TABLE_HEAD : Kind.TABLE_ROW, cells, right));
                }
            }
        }
        out.add(FlowElement.of(Kind.GAP));
    }

    private static String stripTrailingNewlines(String s) {
        return s == null ? "" : s.stripTrailing();
    }
}
