package nl.thuisplan.urgency;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL {@code text[]} literals ({@code {a,"b c"}}), so the repositories can bind and read array
 * columns as plain text ({@code cast(:x as text[])}, {@code col::text}) instead of JDBC arrays.
 */
final class TextArrays {

    private TextArrays() {
    }

    static String encode(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    static String encodeLongs(List<Long> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            out.append(i > 0 ? "," : "").append(values.get(i).longValue());
        }
        return out.append('}').toString();
    }

    /** A one-dimensional literal as PostgreSQL writes it: elements quoted only when they need to be. */
    static List<String> decode(String literal) {
        List<String> out = new ArrayList<>();
        if (literal == null || literal.length() <= 2) {
            return out;
        }
        StringBuilder element = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (quoted && c == '\\') {
                element.append(literal.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(element.toString());
                element.setLength(0);
            } else {
                element.append(c);
            }
        }
        out.add(element.toString());
        return out;
    }
}
