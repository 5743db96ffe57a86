package nl.thuisplan.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Build step (backend/pom.xml, process-classes, after micronaut-openapi wrote the document at compile
 * time): finishes the generated OpenAPI document where the generator has no setting for what the Dutch
 * API Design Rules ask, then writes it as YAML (in place) and as JSON (served at /api/v1/openapi.json).
 * <ul>
 *   <li>servers: the API base ({@link #BASE}, with the major version) becomes the one server URL and
 *       the paths are written relative to it (ADR /core/uri-version);</li>
 *   <li>every response documents the {@code API-Version} header that {@link ApiVersion} sends
 *       (ADR /core/version-header), through one reusable header component;</li>
 *   <li>a path segment that mixes text and a variable ({@code regions.{ext}}) is written out once per
 *       value the variable may take ({@code regions.csv}, {@code regions.xlsx}), from the parameter's
 *       enum: the router accepts exactly those, and a path segment stays kebab-case
 *       (ADR /core/path-segments-kebab-case).</li>
 * </ul>
 * Running it again on its own output changes nothing. Usage: {@code ApiDocumentFinisher <yaml> <json>}.
 */
public final class ApiDocumentFinisher {

    /** Every API path starts with this; it is the server URL in the document. */
    static final String BASE = "/api/v1/";
    static final String HEADER_REF = "#/components/headers/" + ApiVersion.HEADER;
    private static final Pattern MIXED_VARIABLE =
            Pattern.compile("(?<=[^/])\\{([^}/]+)}|\\{([^}/]+)}(?=[^/])");

    private ApiDocumentFinisher() {
    }

    public static void main(String[] args) throws IOException {
        Path yamlFile = Path.of(args[0]);
        Map<String, Object> doc;
        try (Reader in = Files.newBufferedReader(yamlFile, StandardCharsets.UTF_8)) {
            doc = new Yaml(new LoaderOptions()).load(in);
        }
        finish(doc);
        try (Writer out = Files.newBufferedWriter(yamlFile, StandardCharsets.UTF_8)) {
            yaml().dump(doc, out);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(Path.of(args[1]).toFile(), doc);
    }

    static void finish(Map<String, Object> doc) {
        Map<String, Object> paths = map(doc, "paths");
        if (!doc.containsKey("servers")) {
            String server = BASE.substring(0, BASE.length() - 1);
            Map<String, Object> relative = new LinkedHashMap<>();
            paths.forEach((path, item) -> {
                if (!path.startsWith(BASE)) {
                    throw new IllegalStateException(path + " is outside the API base " + BASE);
                }
                relative.put(path.substring(server.length()), item);
            });
            paths = relative;
            doc.put("servers", new ArrayList<>(List.of(ordered("url", server,
                    "description", "Deze installatie (de paden hieronder staan onder deze basis)"))));
        }
        doc.put("paths", expandMixedSegments(paths));
        Map<String, Object> headers = map(map(doc, "components"), "headers");
        headers.put(ApiVersion.HEADER, ordered(
                "description", "De volledige versie van de API (semantic versioning), op elk antwoord",
                "schema", ordered("type", "string", "example", ApiVersion.CURRENT)));
        for (Object item : ((Map<?, ?>) doc.get("paths")).values()) {
            for (Object operation : ((Map<?, ?>) item).values()) {
                if (operation instanceof Map<?, ?> op && op.get("responses") instanceof Map<?, ?> responses) {
                    for (Object response : responses.values()) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> r = (Map<String, Object>) response;
                        map(r, "headers").putIfAbsent(ApiVersion.HEADER, ordered("$ref", HEADER_REF));
                    }
                }
            }
        }
    }

    /** Writes out every path whose segment mixes text and a variable, keeping the order of the paths. */
    static Map<String, Object> expandMixedSegments(Map<String, Object> paths) {
        Map<String, Object> result = new LinkedHashMap<>();
        paths.forEach((path, item) -> result.putAll(expand(path, item)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expand(String path, Object item) {
        Matcher m = MIXED_VARIABLE.matcher(path);
        if (!m.find()) {
            return Map.of(path, item);
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        List<Object> values = enumOf((Map<String, Object>) item, name, path);
        Map<String, Object> result = new LinkedHashMap<>();
        for (Object value : values) {
            Map<String, Object> copy = (Map<String, Object>) deepCopy(item);
            for (Object o : copy.values()) {
                if (o instanceof Map<?, ?> op) {
                    Map<String, Object> operation = (Map<String, Object>) op;
                    ((List<Object>) operation.get("parameters")).removeIf(p -> isPathParameter(p, name));
                    operation.computeIfPresent("operationId", (k, id) -> id + capitalized(value.toString()));
                }
            }
            result.putAll(expand(path.replace("{" + name + "}", value.toString()), copy));
        }
        return result;
    }

    private static List<Object> enumOf(Map<String, Object> item, String name, String path) {
        for (Object op : item.values()) {
            if (op instanceof Map<?, ?> operation && operation.get("parameters") instanceof List<?> parameters) {
                for (Object p : parameters) {
                    if (isPathParameter(p, name) && ((Map<?, ?>) p).get("schema") instanceof Map<?, ?> schema
                            && schema.get("enum") instanceof List<?> values) {
                        return new ArrayList<>(values);
                    }
                }
            }
        }
        throw new IllegalStateException(path + ": give the path variable " + name
                + " its values (@Parameter(schema = @Schema(allowableValues = ...))), so the path can be written out");
    }

    private static boolean isPathParameter(Object p, String name) {
        return p instanceof Map<?, ?> parameter && name.equals(parameter.get("name")) && "path".equals(parameter.get("in"));
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Object deepCopy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, deepCopy(v)));
            return copy;
        }
        if (o instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(v -> copy.add(deepCopy(v)));
            return copy;
        }
        return o;
    }

    /** A map that keeps the order given (Map.of's order changes from one JVM run to the next). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options);
    }
}
