package nl.thuisplan.region;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The CBS 2024 municipal boundaries shipped in {@code reference/gemeente_2024.geojson}, read once,
 * served per region as a small GeoJSON FeatureCollection, so maps need no tile server and no
 * external request.
 */
@Singleton
public class Boundaries {

    private final JsonMapper json;
    private volatile Map<String, JsonNode> geometries;

    Boundaries(JsonMapper json) {
        this.json = json;
    }

    /** GeoJSON text with one feature per known code, properties {code, name}. */
    public String featureCollection(Collection<Members.Member> municipalities) {
        Map<String, JsonNode> all = geometries();
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        try {
            for (Members.Member m : municipalities) {
                JsonNode geometry = all.get(m.code());
                if (geometry == null) {
                    continue;
                }
                out.append(first ? "" : ",").append("{\"type\":\"Feature\",\"properties\":")
                        .append(json.writeValueAsString(Map.of("code", m.code(), "name", m.name())))
                        .append(",\"geometry\":").append(json.writeValueAsString(geometry)).append('}');
                first = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append("]}").toString();
    }

    private Map<String, JsonNode> geometries() {
        Map<String, JsonNode> g = geometries;
        if (g == null) {
            synchronized (this) {
                if (geometries == null) {
                    geometries = load();
                }
                g = geometries;
            }
        }
        return g;
    }

    private Map<String, JsonNode> load() {
        try (InputStream in = Boundaries.class.getResourceAsStream("/reference/gemeente_2024.geojson")) {
            JsonNode root = json.readValue(in.readAllBytes(), JsonNode.class);
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (JsonNode feature : root.get("features").values()) {
                out.put(feature.get("properties").get("statcode").getStringValue(), feature.get("geometry"));
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped municipal boundaries", e);
        }
    }

}
