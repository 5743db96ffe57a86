package nl.thuisplan.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.micronaut.serde.Decoder;
import java.lang.reflect.Field;

/**
 * The field a deserializer is reading, as the clients spell fields in problem responses
 * ({@code units[0].indicators.inhabitants}). micronaut-serde does not pass the JSON path to a
 * deserializer, but its Jackson decoder reads from a Jackson parser that knows it; we read that
 * parser reflectively and fall back to {@code body} when the decoder is another kind (a buffered
 * one, a future version). The answer is then less precise, never wrong.
 */
final class JsonField {

    static final String UNKNOWN = "body";
    private static final Field PARSER = parserField();

    private JsonField() {
    }

    static String of(Decoder decoder) {
        if (PARSER == null || !PARSER.getDeclaringClass().isInstance(decoder)) {
            return UNKNOWN;
        }
        try {
            return of(((JsonParser) PARSER.get(decoder)).getParsingContext());
        } catch (IllegalAccessException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    static String of(JsonStreamContext context) {
        if (context == null) {
            return UNKNOWN;
        }
        StringBuilder out = new StringBuilder();
        for (JsonPointer p = context.pathAsPointer(); p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement() && isIndex(p.getMatchingProperty())) {
                out.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(p.getMatchingProperty());
            }
        }
        return out.isEmpty() ? UNKNOWN : out.toString();
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    private static Field parserField() {
        try {
            Field f = Class.forName("io.micronaut.serde.jackson.JacksonDecoder").getDeclaredField("parser");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
