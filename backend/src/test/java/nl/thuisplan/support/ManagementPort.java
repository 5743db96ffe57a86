package nl.thuisplan.support;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The management port (endpoints.all.port) of a test instance. Micronaut routes the management endpoints by the
 * port number the request arrived on, so a random port (-1) cannot be used: every instance gets a free port of its
 * own, so that test contexts, parallel builds and a developer's running Thuisplan never collide on 8081.
 */
public final class ManagementPort {

    public static final String PROPERTY = "endpoints.all.port";

    private ManagementPort() {
    }

    /** A port nobody listens on right now. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** http://localhost:port of the instance's management endpoints. */
    public static String url(EmbeddedServer server) {
        int port = server.getApplicationContext().getRequiredProperty(PROPERTY, Integer.class);
        return "http://localhost:" + port;
    }
}
