package nl.thuisplan.woonzorgvisie.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.thuisplan.woonzorgvisie.content.Part;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument.Chapter;
import nl.thuisplan.woonzorgvisie.content.RenderedDocument.Section;
import nl.thuisplan.woonzorgvisie.export.DocumentFlow.Line;
import nl.thuisplan.woonzorgvisie.export.FlowElement.Kind;
import org.junit.jupiter.api.Test;

/** The template's lines: contents first, then sections split into runs under their headings. */
class DocumentFlowTest {

    @Test
    void contentsListEveryHeadingThenTheBodyFollowsInRuns() {
        List<Line> lines = DocumentFlow.of(ExportFixtures.sample("CONCEPT"), chart -> new byte[] {1});

        assertThat(lines.get(0).element().kind()).isEqualTo(Kind.TOC_TITLE);
        assertThat(lines.stream().filter(l -> l.element().kind() == Kind.TOC_ENTRY).map(l -> l.element().anchor()))
                .containsExactly("Samenvatting", "Kern", "1 Inleiding", "1.1 Aanleiding", "3 Woonzorganalyse",
                        "3.1 Demografie", "3.2 Wonen met zorg", "Bijlagen");
        // headings and block titles are run heads, never lines of their own
        assertThat(lines).extracting(l -> l.element().kind()).doesNotContain(Kind.HEADING, Kind.BLOCK_TITLE);

        Line doelen = lines.stream().filter(l -> l.runHead() != null && "Doelen".equals(l.runHead().text())).findFirst().orElseThrow();
        assertThat(doelen.section().label()).isEqualTo("1.1 Aanleiding");
        assertThat(doelen.element().kind()).isEqualTo(Kind.LIST_ITEM);
        assertThat(doelen.run()).isPositive();

        List<Line> block = lines.stream().filter(l -> l.runHead() != null && l.runHead().kind() == Kind.BLOCK_TITLE).toList();
        assertThat(block).extracting(l -> l.element().kind()).startsWith(Kind.TABLE_HEAD, Kind.TABLE_ROW)
                .contains(Kind.TABLE_TOTAL, Kind.CHART, Kind.NOTE);
        // the text after the block stays in the block's run: no break (and no page break) before it
        assertThat(block).last().extracting(l -> l.element().text()).isEqualTo("Daarna volgt de toelichting.");

        assertThat(lines.stream().filter(l -> l.element().kind() == Kind.EMPTY).map(l -> l.chapter().label() + "/" + l.section().label()))
                .containsExactly("3 Woonzorganalyse/3.2 Wonen met zorg", "Bijlagen/null");
    }

    @Test
    void aHeadingWithNothingAfterItStillGetsALineToPrintOver() {
        Section section = new Section("c.s", "1.1", "S", false, List.of(Part.text("# Een\n\n# Twee", null)));
        RenderedDocument doc = new RenderedDocument("T", "R", "A", "MUNICIPALITY", 2026, 2027, "CONCEPT", null, null,
                ExportFixtures.AS_OF, "S", 1, List.of(new Chapter("c", "1", "C", List.of(section))));
        List<Line> lines = DocumentFlow.of(doc, chart -> null);
        List<Line> body = lines.stream().filter(l -> l.run() > 0).toList();
        assertThat(body).extracting(l -> l.runHead().text() + ":" + l.element().kind()).containsExactly("Een:GAP", "Twee:GAP");
        assertThat(body.get(0).run()).isLessThan(body.get(1).run());
    }
}
