package nl.thuisplan.woonzorgvisie.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One piece of a section as it is shown: text or a data block, in the order the writer put them.
 *
 * @param markdown the text with every placeholder replaced by its figure (TEXT only); exports read this
 * @param html     the same text as sanitised HTML (TEXT only); the browser shows this
 * @param block    the figures (BLOCK only)
 */
@Serdeable
public record Part(Type type, @Nullable String markdown, @Nullable String html, @Nullable DataBlock block) {

    public enum Type { TEXT, BLOCK }

    public static Part text(String markdown, String html) {
        return new Part(Type.TEXT, markdown, html, null);
    }

    public static Part block(DataBlock block) {
        return new Part(Type.BLOCK, null, null, block);
    }
}
