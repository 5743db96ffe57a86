package nl.thuisplan.common;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * For the API document only: what an answer passed through as bytes or text really is: an export
 * ({@link Downloads#attachment}), which the document would otherwise call JSON, or stored GeoJSON.
 */
public final class FileResponses {

    private FileResponses() {
    }

    /** An export as {@code .csv} or {@code .xlsx}, by the extension in the path, in the shape of {@code TableWriter}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "Het bestand (Content-Disposition: attachment). CSV: UTF-8 met BOM, "
            + "puntkomma's, decimale komma, data als jjjj-mm-dd. XLSX: getallen met getalnotatie, vastgezette kopregel. "
            + "Nederlandse kolomkoppen en omschrijvingen in plaats van codes.", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                schema = @Schema(type = "string", format = "binary"))})
    public @interface Spreadsheet {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "Het bestand (Content-Disposition: attachment)", content =
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    public @interface Pdf {
    }

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "Het bestand (Content-Disposition: attachment)", content =
        @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                schema = @Schema(type = "string", format = "binary")))
    public @interface Docx {
    }

    /**
     * Map boundaries: a GeoJSON FeatureCollection the backend passes through as stored text, which the
     * document would otherwise call a string.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "GeoJSON FeatureCollection (properties code, name)", content =
        @Content(mediaType = "application/json", schema = @Schema(implementation = GeoJsonBoundaries.class)))
    public @interface GeoJson {
    }
}
