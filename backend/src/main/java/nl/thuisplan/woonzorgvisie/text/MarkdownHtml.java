package nl.thuisplan.woonzorgvisie.text;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML for the browser. Writers' raw HTML is escaped (shown as text, never run), links
 * are limited to safe schemes, and the result is cleaned once more against a safelist, so that a
 * mistake in one layer still cannot put script into another user's page.
 */
public final class MarkdownHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFELIST = Safelist.relaxed().removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private MarkdownHtml() {
    }

    public static Parser parser() {
        return PARSER;
    }

    public static String toHtml(String markdown) {
        return Jsoup.clean(RENDERER.render(PARSER.parse(markdown)), SAFELIST);
    }
}
