package nl.thuisplan.common.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cases of {@link OpenApiFuzzTest}, generated from the API document: for each operation a
 * plausible request (real region and municipality codes, a body built from the schema) and, from
 * it, requests with one thing broken. The structural cases (malformed JSON, a list holding null, a
 * NUL character, 1e-100000) are always sent; the rest are drawn with the caller's seeded random.
 */
final class FuzzCases {

    /** Values that break a path or query parameter. */
    static final List<String> BAD_PARAMETERS = List.of("%00", "ab%00cd", "0", "-1", "1234567890123456789012345678901234567890",
            "1e-100000", "true", "%E2%82%AC%F0%9F%8F%A0", "..%2F..%2Fetc", "%27%20or%201%3D1--", "x".repeat(2000), "");
    /** Values that replace one field of a JSON body. */
    static final List<String> BAD_VALUES = List.of("null", "true", "1.9", "\"7\"", "-1", "0", "1e400", "1e-100000",
            "1234567890123456789012345678901234567890", "\"\\u0000\"", "\"fuzz\\u0000fuzz\"", "\"" + "x".repeat(100_000) + "\"",
            "[]", "[null]", "{}", "\"\"", "\"2026-13-45\"", "-9223372036854775809");
    static final List<String> BAD_BODIES = List.of("{\"a\":", "[]", "\"x\"", "null", "{}", "{\"a\":1,\"a\":2}", "[null]",
            "{\"x\":\"\\u0000\"}", "1e-100000", "{" + "\"k\":[".repeat(200) + "]".repeat(200) + "}");
    static final List<byte[]> BAD_FILES = List.of(new byte[0], "PK\u0003\u0004not really a workbook".getBytes(StandardCharsets.ISO_8859_1),
            "a;b\n1;\u0000\n".getBytes(StandardCharsets.UTF_8), "code;waarde\nGM0153;1e-100000\n".getBytes(StandardCharsets.UTF_8),
            ("h\n" + "x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});

    private FuzzCases() {
    }

    /** One request to send; {@code upload} non-null for a multipart file. */
    record Case(String what, String path, String body, byte[] upload, String uploadName) {
    }

    record Operation(String id, String method, String template, List<Map<String, Object>> parameters,
                     Map<String, Object> bodySchema, boolean multipart, Map<String, Object> document) {

        /** The always-sent structural cases, then up to {@code n} in all, drawn from the rest. */
        List<Case> cases(Random random, int n) {
            List<Case> always = new ArrayList<>();
            List<Case> drawn = new ArrayList<>();
            Map<String, String> path = baseline("path");
            Map<String, String> query = baseline("query");
            String body = bodySchema == null ? null : Json.write(Json.sample(bodySchema, document, 0));
            if (multipart) {
                for (int i = 0; i < BAD_FILES.size(); i++) {
                    (i < 2 ? always : drawn).add(new Case("file " + i, url(path, query), null, BAD_FILES.get(i), "fuzz.xlsx"));
                }
            } else if (bodySchema != null || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                for (int i = 0; i < BAD_BODIES.size(); i++) {
                    (i < 2 || i == 6 || i == 8 ? always : drawn).add(new Case("body " + BAD_BODIES.get(i).substring(0,
                            Math.min(20, BAD_BODIES.get(i).length())), url(path, query), BAD_BODIES.get(i), null, null));
                }
            }
            if (body != null) {
                Object sample = Json.sample(bodySchema, document, 0);
                for (List<Object> field : Json.fields(sample, new ArrayList<>(), 0)) {
                    for (String bad : BAD_VALUES) {
                        boolean structural = bad.equals("[null]") || bad.equals("\"fuzz\\u0000fuzz\"") || bad.equals("1e-100000");
                        Case c = new Case("body " + field + " = " + bad.substring(0, Math.min(20, bad.length())), url(path, query),
                                Json.write(Json.replace(sample, field, 0, new Json.Raw(bad))), null, null);
                        (structural && always.size() < n ? always : drawn).add(c);
                    }
                }
            }
            for (String name : path.keySet()) {
                for (String bad : BAD_PARAMETERS) {
                    Map<String, String> changed = new LinkedHashMap<>(path);
                    changed.put(name, bad.isEmpty() ? "%20" : bad);
                    drawn.add(new Case("path " + name + " = " + abbreviate(bad), url(changed, query), body, null, null));
                }
            }
            for (String name : query.keySet()) {
                for (String bad : BAD_PARAMETERS) {
                    Map<String, String> changed = new LinkedHashMap<>(query);
                    changed.put(name, bad);
                    drawn.add(new Case("query " + name + " = " + abbreviate(bad), url(path, changed), body, null, null));
                }
            }
            Collections.shuffle(drawn, random);
            List<Case> out = new ArrayList<>(always);
            drawn.stream().limit(Math.max(0, n - always.size())).forEach(out::add);
            return out;
        }

        private Map<String, String> baseline(String in) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Map<String, Object> p : parameters) {
                if (in.equals(p.get("in"))) {
                    values.put((String) p.get("name"), plausible((String) p.get("name"), template));
                }
            }
            return values;
        }

        private String url(Map<String, String> path, Map<String, String> query) {
            String url = template;
            for (Map.Entry<String, String> e : path.entrySet()) {
                url = url.replace("{" + e.getKey() + "}", e.getValue());
            }
            StringBuilder q = new StringBuilder();
            for (Map.Entry<String, String> e : query.entrySet()) {
                q.append(q.isEmpty() ? "?" : "&").append(e.getKey()).append('=').append(e.getValue());
            }
            return url + q;
        }
    }

    /** Every operation of the document, in its order. */
    @SuppressWarnings("unchecked")
    static List<Operation> operations(Map<String, Object> document) {
        List<Operation> out = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) path.getValue()).entrySet()) {
                Map<String, Object> op = (Map<String, Object>) entry.getValue();
                List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
                Map<String, Object> content = op.get("requestBody") instanceof Map<?, ?> rb
                        ? (Map<String, Object>) rb.get("content") : Map.of();
                Map<String, Object> json = content.get("application/json") instanceof Map<?, ?> j ? (Map<String, Object>) j : null;
                Map<String, Object> schema = json == null ? null : (Map<String, Object>) json.get("schema");
                out.add(new Operation((String) op.get("operationId"), entry.getKey().toUpperCase(), path.getKey(), parameters,
                        schema, content.containsKey("multipart/form-data"), document));
            }
        }
        return out;
    }

    /** A value the operation would accept, so that the one broken thing is what is tested. */
    static String plausible(String name, String template) {
        return switch (name) {
            case "region" -> "ENS";
            case "code" -> template.contains("/municipalities/{code}") && !template.contains("/regions/")
                    ? "GM0153" : template.contains("/target-groups/") ? "studenten" : "ENS";
            case "municipality", "municipalityCode" -> "GM0153";
            case "year" -> "2026";
            case "ext" -> "csv";
            case "kind" -> "export";
            case "validFrom", "from", "to", "referenceDate" -> "2024-01-01";
            case "id", "userId" -> template.startsWith("/api/v1/admin/") ? "999999" : "1";
            case "dryRun" -> "true";
            case "limit" -> "10";
            case "offset" -> "0";
            case "no" -> "1";
            default -> "fuzz";
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…(" + s.length() + ")" : s;
    }

    /** Just enough JSON for the cases: a sample from a schema, its fields, one replaced, written out. */
    static final class Json {

        /** Text written as it stands: the broken value. */
        record Raw(String text) {
        }

        private static final Pattern REF = Pattern.compile("#/components/schemas/(.+)");

        @SuppressWarnings("unchecked")
        static Object sample(Map<String, Object> schema, Map<String, Object> document, int depth) {
            if (schema == null || depth > 6) {
                return null;
            }
            if (schema.get("$ref") instanceof String ref) {
                Matcher m = REF.matcher(ref);
                Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
                return m.matches() ? sample((Map<String, Object>) schemas.get(m.group(1)), document, depth + 1) : null;
            }
            for (String combined : List.of("allOf", "oneOf", "anyOf")) {
                if (schema.get(combined) instanceof List<?> parts && !parts.isEmpty()) {
                    return sample((Map<String, Object>) parts.get(0), document, depth + 1);
                }
            }
            if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
                return values.get(0);
            }
            String type = String.valueOf(schema.get("type"));
            return switch (type) {
                case "object" -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    if (schema.get("properties") instanceof Map<?, ?> props) {
                        props.forEach((k, v) -> out.put((String) k, sample((Map<String, Object>) v, document, depth + 1)));
                    } else if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
                        // a map (indicators per unit): one entry, so its value is fuzzed too
                        out.put("fuzz", sample((Map<String, Object>) values, document, depth + 1));
                    }
                    yield out;
                }
                case "array" -> {
                    List<Object> out = new ArrayList<>();
                    Object item = sample((Map<String, Object>) schema.get("items"), document, depth + 1);
                    if (item != null) {
                        out.add(item);
                    }
                    yield out;
                }
                case "integer" -> 1;
                case "number" -> 0.5;
                case "boolean" -> true;
                case "string" -> "date".equals(schema.get("format")) ? "2026-01-01"
                        : "date-time".equals(schema.get("format")) ? "2026-01-01T00:00:00Z" : "fuzz";
                default -> null;
            };
        }

        /** The paths of every value in a sample: keys and list indexes. */
        @SuppressWarnings("unchecked")
        static List<List<Object>> fields(Object value, List<Object> prefix, int depth) {
            List<List<Object>> out = new ArrayList<>();
            if (depth > 4) {
                return out;
            }
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                    List<Object> path = new ArrayList<>(prefix);
                    path.add(e.getKey());
                    out.add(path);
                    out.addAll(fields(e.getValue(), path, depth + 1));
                }
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                List<Object> path = new ArrayList<>(prefix);
                path.add(0);
                out.add(path);
                out.addAll(fields(list.get(0), path, depth + 1));
            }
            return out;
        }

        /** A copy of {@code value} with the value at {@code path} replaced. */
        @SuppressWarnings("unchecked")
        static Object replace(Object value, List<Object> path, int at, Object replacement) {
            if (at == path.size()) {
                return replacement;
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                copy.put((String) path.get(at), replace(copy.get(path.get(at)), path, at + 1, replacement));
                return copy;
            }
            List<Object> copy = new ArrayList<>((List<Object>) value);
            copy.set((Integer) path.get(at), replace(copy.get((Integer) path.get(at)), path, at + 1, replacement));
            return copy;
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Raw raw) {
                out.append(raw.text());
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    string(String.valueOf(e.getKey()), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else {
                string(String.valueOf(value), out);
            }
        }

        private static void string(String s, StringBuilder out) {
            out.append('"');
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
