package nl.thuisplan.woonzorgvisie.text;

import java.util.ArrayList;
import java.util.List;
import nl.thuisplan.common.FieldProblem;

/**
 * Checks the markers of a text against the catalogue. Every problem names the marker and its place
 * (chapter and section, line and column), so the writer can find it without searching.
 */
public final class TextCheck {

    private TextCheck() {
    }

    /**
     * @param field the input path of the text, e.g. {@code chapters[3].sections[0].body}
     * @param place where the text is, as a reader names it, e.g. "3 Woonzorganalyse › Demografie"
     */
    public static List<FieldProblem> check(String text, Catalogue catalogue, String field, String place) {
        List<FieldProblem> out = new ArrayList<>();
        for (TextScan.Marker m : TextScan.scan(text)) {
            String at = " in " + place + ", regel " + m.line() + ", kolom " + m.column();
            switch (m.kind()) {
                case UNCLOSED -> out.add(new FieldProblem(field, "UNCLOSED_PLACEHOLDER",
                        "Plaatshouder zonder }} op dezelfde regel: " + m.raw() + at + "."));
                case PLACEHOLDER -> {
                    if (!catalogue.knowsPlaceholder(m.key())) {
                        out.add(new FieldProblem(field, "UNKNOWN_PLACEHOLDER", "Onbekende plaatshouder " + m.raw() + at + "."));
                    }
                }
                case BLOCK, BLOCK_INLINE -> {
                    if (!catalogue.knowsBlock(m.key())) {
                        out.add(new FieldProblem(field, "UNKNOWN_BLOCK", "Onbekend gegevensblok " + m.raw() + at + "."));
                    } else if (m.kind() == TextScan.Kind.BLOCK_INLINE) {
                        out.add(new FieldProblem(field, "BLOCK_NOT_ALONE",
                                "Een gegevensblok staat alleen op een regel: " + m.raw() + at + "."));
                    }
                }
                default -> throw new IllegalStateException(m.kind().name());
            }
        }
        return out;
    }
}
