package nl.thuisplan.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Talks to the running application over real HTTP, as a client would. */
@Singleton
public class Api {

    public static final String DEMO_PASSWORD = "thuisplan-demo";

    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public Api(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    /** A response: status, content type and body, with the body parsed when it is JSON. */
    public record Response(int status, String contentType, String body, JsonNode json) {
        public String text(String field) {
            JsonNode node = json.get(field);
            return node == null || node.isNull() ? null : node.getStringValue();
        }
    }

    /** The {@code allowedActions} of a view, in the order the server gives them. */
    public static java.util.List<String> allowedActions(JsonNode view) {
        java.util.List<String> out = new java.util.ArrayList<>();
        view.get("allowedActions").values().forEach(a -> out.add(a.getStringValue()));
        return out;
    }

    public Response login(String username, String password) {
        return send("POST", "/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    }

    /**
     * An access token of a demo user, cached per test class. A cached token dies with its session (a test that
     * ends every session of the person, e.g. "revoke all"): {@link #send} then logs the person in again once.
     */
    public String token(String username) {
        return tokens.computeIfAbsent(username, this::freshToken);
    }

    private String freshToken(String username) {
        Response r = login(username, DEMO_PASSWORD);
        if (r.status() != 200) {
            throw new IllegalStateException("Login of " + username + " failed: " + r.status() + " " + r.body());
        }
        return r.text("access_token");
    }

    /** The demo user whose cached token this is, if it is one. */
    private String holderOf(String token) {
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            if (e.getValue().equals(token)) {
                return e.getKey();
            }
        }
        return null;
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Response getAs(String username, String path) {
        return get(path, token(username));
    }

    /** A multipart upload of one file in the part "file", as a browser form sends it. */
    public Response upload(String path, String token, String fileName, byte[] content) {
        String boundary = "----thuisplan" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).build();
        return exchange(request);
    }

    /** A download: the raw bytes and the status. */
    public record Download(int status, String contentType, byte[] bytes) {
    }

    /** A download without an Accept header, as the other downloads are fetched; without a token when it is null. */
    public Download download(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = b.build();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response send(String method, String path, String token, String body) {
        return send(method, path, token, body, "application/json");
    }

    public Response send(String method, String path, String token, String body, String accept) {
        Response answer = sendOnce(method, path, token, body, accept);
        // a 401 of the authentication endpoints is about the credentials sent (a login, a refresh token), not
        // about the session of the token beside them: logging in again there would add failures of its own
        String holder = answer.status() == 401 && token != null && !path.contains("/api/v1/auth/") ? holderOf(token) : null;
        if (holder == null) {
            return answer;
        }
        // the cached token's session was ended by an earlier call of the test: a new login, the same question
        tokens.remove(holder, token);
        Response login = login(holder, DEMO_PASSWORD);
        if (login.status() != 200) {
            return answer;
        }
        tokens.put(holder, login.text("access_token"));
        return sendOnce(method, path, login.text("access_token"), body, accept);
    }

    private Response sendOnce(String method, String path, String token, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return exchange(b.build());
    }

    /** A path on the application's port, or a whole URL (the management port's, see {@link ManagementPort}). */
    private URI uri(String path) {
        return URI.create(path.startsWith("http://") ? path : server.getURL() + path);
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode node = type.contains("json") && !r.body().isEmpty()
                    ? json.readValue(r.body(), JsonNode.class) : null;
            return new Response(r.statusCode(), type, r.body(), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
