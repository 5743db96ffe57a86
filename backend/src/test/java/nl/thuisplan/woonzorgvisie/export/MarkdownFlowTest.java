package nl.thuisplan.woonzorgvisie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.thuisplan.woonzorgvisie.export.FlowElement.Kind;
import org.junit.jupiter.api.Test;

/** Markdown to flow elements: the markup Jasper will see, before any layout. */
class MarkdownFlowTest {

    @Test
    void inlineMarkupBecomesStyledTextAndEverythingTypedIsEscaped() {
        List<FlowElement> flow = MarkdownFlow.of("**vet** en *schuin* & `a<b` <i>x</i> [web](https://x.nl/?a=1&b=2) [js](javascript:alert(1))");
        assertThat(flow).hasSize(1);
        assertThat(flow.get(0).kind()).isEqualTo(Kind.PARAGRAPH);
        assertThat(flow.get(0).text()).isEqualTo("<b>vet</b> en <i>schuin</i> &amp; "
                + "<style fontName=\"DejaVu Sans Mono\" backcolor=\"#EEF1F5\">a&lt;b</style> &lt;i&gt;x&lt;/i&gt; "
                + "<a href=\"https://x.nl/?a=1&amp;b=2\"><style forecolor=\"#1F5EA8\" isUnderline=\"true\">web</style></a> js");
    }

    @Test
    void rawHtmlBlockIsLiteralText() {
        List<FlowElement> flow = MarkdownFlow.of("<script>alert('x')</script>");
        assertThat(flow).extracting(FlowElement::kind).containsExactly(Kind.PARAGRAPH);
        assertThat(flow.get(0).text()).isEqualTo("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;");
    }

    @Test
    void nestedListsKeepTheirDepthAndNumbers() {
        List<FlowElement> flow = MarkdownFlow.of("3. drie\n4. vier\n   - sub\n\nNa de lijst.");
        assertThat(flow).extracting(FlowElement::kind)
                .containsExactly(Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.LIST_ITEM, Kind.GAP, Kind.PARAGRAPH);
        assertThat(flow).extracting(FlowElement::marker).startsWith("3.", "4.", "–");
        assertThat(flow).extracting(FlowElement::level).startsWith(1, 1, 2);
    }

    @Test
    void gfmTableRowsCarryRightAlignmentAndWideTablesFoldIntoTheLastColumn() {
        List<FlowElement> flow = MarkdownFlow.of("| a | b |\n|---|--:|\n| x | 1 |");
        assertThat(flow).extracting(FlowElement::kind).containsExactly(Kind.TABLE_HEAD, Kind.TABLE_ROW, Kind.GAP);
        assertThat(flow.get(1).cells()).containsExactly("x", "1");
        assertThat(flow.get(1).right()).containsExactly(false, true);

        FlowElement wide = TableRows.row(Kind.TABLE_ROW, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                List.of(true, true, true, true, true, true, true, true, true, true));
        assertThat(wide.cells()).hasSize(TableRows.MAX_COLUMNS).last().isEqualTo("8 | 9 | 10");
        assertThat(wide.right()).last().isEqualTo(false);
    }
}
