package nl.thuisplan.common;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * The frontend routes in the browser (/regios/MRA, /gemeenten/GM0363). A page load of such a
 * path finds no file, so it gets index.html and the React router takes over. API paths keep
 * their problem response.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class SinglePageFallback {

    /**
     * The management endpoints' paths: on the public port they do not exist, and a monitor that asks there must
     * get a 404, not the web page with 200.
     */
    static final Set<String> MANAGEMENT_PATHS = Set.of("/metrics", "/prometheus", "/health",
            "/health/liveness", "/health/readiness");

    private final ErrorResponseProcessor<?> processor;
    private final byte[] indexHtml;

    SinglePageFallback(ErrorResponseProcessor<?> processor, ResourceResolver resources) {
        this.processor = processor;
        Optional<InputStream> index = resources.getResourceAsStream("classpath:public/index.html");
        try {
            this.indexHtml = index.isPresent() ? index.get().readAllBytes() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        boolean page = request.getMethod() == HttpMethod.GET
                && !request.getPath().startsWith("/api/v1/")
                && !request.getPath().startsWith("/swagger/")
                && !MANAGEMENT_PATHS.contains(request.getPath())
                && !request.getPath().startsWith("/metrics/")
                && request.accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
        if (page && indexHtml != null) {
            return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return processor.processResponse(ErrorContext.builder(request).build(), HttpResponse.notFound());
    }
}
