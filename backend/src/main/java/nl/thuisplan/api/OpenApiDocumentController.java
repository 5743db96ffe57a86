package nl.thuisplan.api;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's own description, as ADR /core/publish-openapi asks: the finished document
 * ({@link ApiDocumentFinisher}) as JSON under the API base, for anyone (it holds no data).
 * The YAML and Swagger UI stay under /swagger/ and /swagger-ui/.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "API")
class OpenApiDocumentController {

    static final String RESOURCE = "classpath:META-INF/swagger/thuisplan.json";

    private final byte[] document;

    OpenApiDocumentController(ResourceResolver resources) {
        try (InputStream in = resources.getResourceAsStream(RESOURCE)
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " is missing: the build step "
                        + "ApiDocumentFinisher (process-classes) did not run"))) {
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/openapi.json", produces = MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "")
    @Operation(operationId = "getOpenApiDocument", summary = "Deze beschrijving van de API (OpenAPI 3, JSON)")
    @ApiResponse(responseCode = "200", description = "Het OpenAPI-document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "object")))
    HttpResponse<byte[]> document() {
        return HttpResponse.ok(document).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
