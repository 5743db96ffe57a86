package nl.thuisplan.common;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * For the API document only: the shape of the boundaries GeoJSON, which the backend writes as text
 * (the stored geometries pass through unparsed), so the generated frontend types describe it.
 */
@Schema(description = "GeoJSON FeatureCollection van gemeentegrenzen")
public record GeoJsonBoundaries(@Schema(allowableValues = "FeatureCollection", requiredMode = Schema.RequiredMode.REQUIRED) String type, List<Feature> features) {

    /** One municipality. */
    @Schema(name = "GeoJsonBoundariesFeature")
    public record Feature(@Schema(allowableValues = "Feature", requiredMode = Schema.RequiredMode.REQUIRED) String type, Properties properties,
                          @Schema(description = "GeoJSON-geometrie (Polygon of MultiPolygon), ongewijzigd doorgegeven",
                                  requiredMode = Schema.RequiredMode.REQUIRED, type = "object",
                                  additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                          Object geometry) {
    }

    /** The municipality's CBS code and name. */
    @Schema(name = "GeoJsonBoundariesProperties")
    public record Properties(String code, String name) {
    }
}
