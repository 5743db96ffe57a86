package nl.thuisplan.woonzorgvisie.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.thuisplan.woonzorgvisie.content.DataBlock;
import nl.thuisplan.woonzorgvisie.content.Part;

/**
 * Turns a section's Markdown into parts: text with each placeholder replaced by its figure, and a
 * data block wherever a block line stands. A marker the catalogue no longer knows (a target group
 * switched off since) stays visible as written rather than silently vanishing.
 */
public final class SectionRenderer {

    private SectionRenderer() {
    }

    public static List<Part> render(String body, Map<String, String> values, Map<String, DataBlock> blocks) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (TextScan.Marker m : TextScan.scan(body)) {
            text.append(body, at, m.start());
            at = m.end();
            if (m.kind() == TextScan.Kind.BLOCK && blocks.containsKey(m.key())) {
                flush(text, parts);
                parts.add(Part.block(blocks.get(m.key())));
            } else if (m.kind() == TextScan.Kind.PLACEHOLDER && values.containsKey(m.key())) {
                text.append(escape(values.get(m.key())));
            } else {
                text.append('`').append(m.raw().replace("`", "")).append('`');
            }
        }
        text.append(body.substring(at));
        flush(text, parts);
        return parts;
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        String markdown = text.toString().strip();
        if (!markdown.isEmpty()) {
            parts.add(Part.text(markdown, MarkdownHtml.toHtml(markdown)));
        }
        text.setLength(0);
    }

    /** A figure or a name is literal text: characters Markdown would read as markup are escaped. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
