package nl.thuisplan.woonzorgvisie.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintHyperlink;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.base.JRBasePrintText;
import net.sf.jasperreports.engine.fill.JRTemplatePrintText;

/**
 * Writes the page numbers into the filled table of contents. Which page a heading lands on is only
 * known once the whole report is laid out, so the template prints the numbers empty in a field of
 * fixed width (key {@code tocPage}, linked to the heading's anchor) and this fills them in from the
 * page each anchor ended up on. Nothing moves: the field keeps its place and size, so the contents
 * take the same pages as before. A second fill with the numbers as a parameter would give the same
 * result at twice the cost.
 */
final class TocPages {

    static final String KEY = "tocPage";

    private TocPages() {
    }

    /** @return page number (1 = cover) of every anchor, as the PDF and DOCX number them */
    static Map<String, Integer> anchors(JasperPrint print) {
        Map<String, Integer> pages = new HashMap<>();
        List<JRPrintPage> all = print.getPages();
        for (int i = 0; i < all.size(); i++) {
            collect(all.get(i).getElements(), i + 1, pages);
        }
        return pages;
    }

    private static void collect(List<JRPrintElement> elements, int page, Map<String, Integer> pages) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintAnchor a && a.getAnchorName() != null) {
                pages.putIfAbsent(a.getAnchorName(), page);
            }
            if (e instanceof JRPrintFrame f) {
                collect(f.getElements(), page, pages);
            }
        }
    }

    /** Fills in every {@code tocPage} field; returns how many it filled (tests check all were). */
    static int fill(JasperPrint print) {
        Map<String, Integer> pages = anchors(print);
        int filled = 0;
        for (JRPrintPage page : print.getPages()) {
            filled += fill(page.getElements(), pages);
        }
        return filled;
    }

    private static int fill(List<JRPrintElement> elements, Map<String, Integer> pages) {
        int filled = 0;
        for (JRPrintElement e : elements) {
            if (KEY.equals(e.getKey()) && e instanceof JRPrintHyperlink link) {
                Integer page = pages.get(link.getHyperlinkAnchor());
                if (page != null) {
                    setText(e, String.valueOf(page));
                    filled++;
                }
            } else if (e instanceof JRPrintFrame f) {
                filled += fill(f.getElements(), pages);
            }
        }
        return filled;
    }

    private static void setText(JRPrintElement e, String text) {
        if (e instanceof JRTemplatePrintText t) {
            t.setText(text);
            t.setTextTruncateIndex(null);
        } else if (e instanceof JRBasePrintText t) {
            t.setText(text);
        }
    }
}
