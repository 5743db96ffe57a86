package nl.thuisplan.common;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The browser-side walls, on every response (pages, API answers, tokens, errors): a
 * Content-Security-Policy that lets the page load and talk to this origin only, so HTML that
 * reaches the page (the woonzorgvisie texts are server-rendered HTML) cannot run or fetch anything;
 * no MIME sniffing; no framing (click-jacking); no Referer leaving the site; and nothing from
 * {@code /api} (figures, tokens, downloads) kept in a browser or proxy cache.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeaders implements Ordered {

    /**
     * What the built frontend needs, checked in a browser on every page: its own scripts, styles,
     * fonts and API; {@code style-src-attr 'unsafe-inline'} for the style attributes in the HTML
     * the charts (ECharts tooltips) write; {@code data:} images for the SVG icons the design
     * system's CSS embeds. No inline or foreign script, no inline style element.
     */
    static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * The generated Swagger UI page (API description, no user data) starts itself with an inline
     * script and inline styles; only its own path gets those.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        response.header("Content-Security-Policy", path.startsWith("/swagger-ui/") ? SWAGGER_UI_POLICY : APP_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "same-origin");
        if (path.startsWith("/api/v1/")) {
            // personal figures and tokens: never stored by the browser, a proxy or a shared computer
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    /** Outermost: the headers also go on answers the security filter or an error handler produced. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
