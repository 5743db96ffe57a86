package nl.thuisplan.woonzorgvisie.export;

import java.util.Locale;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Inline Markdown (bold, italic, code, links) as JasperReports "styled" markup, the small XML
 * dialect its text fields understand. Everything the writer typed is escaped, so a {@code <} in the
 * text or raw HTML ({@code <script>}) is printed as written and can never become markup.
 */
final class StyledMarkup {

    private static final String CODE_FONT = "DejaVu Sans Mono";
    private static final String LINK_COLOUR = "#1F5EA8";

    private StyledMarkup() {
    }

    /** The inline children of a paragraph, heading or table cell. */
    static String inline(Node parent) {
        StringBuilder sb = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            append(sb, n);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Node n) {
        if (n instanceof Text t) {
            sb.append(escape(t.getLiteral()));
        } else if (n instanceof StrongEmphasis) {
            sb.append("<b>").append(inline(n)).append("</b>");
        } else if (n instanceof Emphasis) {
            sb.append("<i>").append(inline(n)).append("</i>");
        } else if (n instanceof Code c) {
            sb.append("<style fontName=\"").append(CODE_FONT).append("\" backcolor=\"#EEF1F5\">")
                    .append(escape(c.getLiteral())).append("</style>");
        } else if (n instanceof Link l) {
            link(sb, l);
        } else if (n instanceof Image) {
            // pictures are not fetched from elsewhere; their description stands in for them
            sb.append("<i>[afbeelding: ").append(inline(n)).append("]</i>");
        } else if (n instanceof SoftLineBreak) {
            sb.append(' ');
        } else if (n instanceof HardLineBreak) {
            sb.append("<br/>");
        } else if (n instanceof HtmlInline h) {
            // raw HTML is shown as the writer typed it, never interpreted (see docs/api/woonzorgvisie.md)
            sb.append(escape(h.getLiteral()));
        } else {
            sb.append(inline(n));
        }
    }

    /** Only web and mail links become clickable, as in the browser view; others print as text. */
    private static void link(StringBuilder sb, Link link) {
        String text = inline(link);
        String href = link.getDestination() == null ? "" : link.getDestination().strip();
        String scheme = href.toLowerCase(Locale.ROOT);
        if (scheme.startsWith("http://") || scheme.startsWith("https://") || scheme.startsWith("mailto:")) {
            sb.append("<a href=\"").append(escape(href)).append("\"><style forecolor=\"").append(LINK_COLOUR)
                    .append("\" isUnderline=\"true\">").append(text).append("</style></a>");
        } else {
            sb.append(text);
        }
    }

    /**
     * Escapes text for styled markup. Control characters other than tab and newline are dropped:
     * XML cannot carry them, and one of them would make Jasper print the whole field as raw markup.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
