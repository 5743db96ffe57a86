package nl.thuisplan.woonzorgvisie.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code {{...}}} markers in a text. A marker {@code {{blok:key}}} alone on its line is a data
 * block; any other marker is a placeholder for one figure. Positions are 1-based line and column,
 * as a writer counts them in the editor.
 */
public final class TextScan {

    static final String BLOCK_PREFIX = "blok:";

    public enum Kind { PLACEHOLDER, BLOCK, BLOCK_INLINE, UNCLOSED }

    /** One marker; {@code start}/{@code end} are offsets into the text, {@code end} exclusive. */
    public record Marker(Kind kind, String key, String raw, int line, int column, int start, int end) {
    }

    private TextScan() {
    }

    public static List<Marker> scan(String text) {
        List<Marker> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = text.indexOf("{{", i);
            if (open < 0) {
                return out;
            }
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < open; k++) {
                if (text.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            int close = text.indexOf("}}", open + 2);
            int newline = text.indexOf('\n', open);
            if (close < 0 || (newline >= 0 && newline < close)) {
                // a marker never spans lines: report it and carry on after the braces
                out.add(new Marker(Kind.UNCLOSED, "", text.substring(open, Math.min(text.length(), newline < 0 ? text.length() : newline)),
                        line, open - lineStart + 1, open, open + 2));
                i = open + 2;
                continue;
            }
            String raw = text.substring(open, close + 2);
            String key = text.substring(open + 2, close).trim();
            Kind kind = Kind.PLACEHOLDER;
            if (key.startsWith(BLOCK_PREFIX)) {
                key = key.substring(BLOCK_PREFIX.length()).trim();
                int lineEnd = newline < 0 ? text.length() : newline;
                boolean alone = text.substring(lineStart, open).isBlank() && text.substring(close + 2, lineEnd).isBlank();
                kind = alone ? Kind.BLOCK : Kind.BLOCK_INLINE;
            }
            out.add(new Marker(kind, key, raw, line, open - lineStart + 1, open, close + 2));
            i = close + 2;
        }
    }
}
