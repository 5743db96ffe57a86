package nl.thuisplan.woonzorgvisie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.Part;
import org.junit.jupiter.api.Test;

/** Markers found with their place, replaced by figures, blocks split out, and no markup or script from a value or a writer. */
class SectionRendererTest {

    private static final DataBlock TABLE = new DataBlock("kerncijfers", "Kerncijfers", List.of(new DataBlock.Column("A", false)),
            List.of(List.of("x")), null, null, null);

    @Test
    void markersAreFoundWithLineAndColumn() {
        List<TextScan.Marker> m = TextScan.scan("Een {{a.b}}\n  {{blok:kerncijfers}}  \nen {{blok:x}} hier {{open");
        assertThat(m).extracting(TextScan.Marker::kind).containsExactly(TextScan.Kind.PLACEHOLDER, TextScan.Kind.BLOCK,
                TextScan.Kind.BLOCK_INLINE, TextScan.Kind.UNCLOSED);
        assertThat(m.get(0).line()).isEqualTo(1);
        assertThat(m.get(0).column()).isEqualTo(5);
        assertThat(m.get(1).key()).isEqualTo("kerncijfers");
        assertThat(m.get(1).line()).isEqualTo(2);
        assertThat(m.get(3).line()).isEqualTo(3);
        assertThat(m.get(3).column()).isEqualTo(20);
    }

    @Test
    void placeholdersBecomeFiguresAndBlocksBecomeParts() {
        List<Part> parts = SectionRenderer.render("**{{gemeente.naam}}** telt {{n}}.\n\n{{blok:kerncijfers}}\n\nSlot {{weg}}.",
                Map.of("gemeente.naam", "Súdwest-Fryslân", "n", "1.234"), Map.of("kerncijfers", TABLE));
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).html()).isEqualTo("<p><strong>Súdwest-Fryslân</strong> telt 1.234.</p>");
        assertThat(parts.get(1).block()).isEqualTo(TABLE);
        // an unknown marker stays visible as written, as code
        assertThat(parts.get(2).html()).contains("<code>{{weg}}</code>");
    }

    @Test
    void valuesAndWritersCannotInjectMarkupOrScript() {
        List<Part> parts = SectionRenderer.render("{{naam}} <script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=y>",
                Map.of("naam", "*Den* <b>Haag</b>"), Map.of());
        String html = parts.get(0).html();
        assertThat(html).doesNotContain("<script", "<b>", "<em>", "javascript:", "<img").contains("*Den*", "&lt;script&gt;");
        assertThat(parts.get(0).markdown()).startsWith("\\*Den\\* \\<b\\>Haag\\</b\\>");
    }
}
