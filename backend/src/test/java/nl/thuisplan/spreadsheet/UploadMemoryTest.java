package nl.thuisplan.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.thuisplan.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The largest uploads the imports accept, four at a time, on a server with a small heap, answer 4xx
 * and leave it healthy (issue 14, finding 2).
 *
 * <p>Why a JVM of its own: the test JVM's heap is large and shared with every other test, so memory
 * trouble there proves nothing. This one runs the application with {@code -Xmx256m} (a quarter of the
 * production heap) and {@code -XX:+ExitOnOutOfMemoryError}, as the image does. On the DOM reader this
 * test replaces, one 9 MB workbook of half a million small rows needs well over a gigabyte of heap
 * (XSSFWorkbook holds every cell as XML beans before a row is counted): the JVM exits on the first
 * upload, every request after it fails to connect and the test fails. With the streaming reader each
 * upload holds at most its limits' worth of rows.
 */
class UploadMemoryTest {

    private static final String HEAP = "-Xmx256m";
    private static final int CONCURRENT = 4;
    private static final String INDICATORS = "/api/v1/allocation/regions/ENS/indicators/import?dryRun=true";
    private static Process server;
    private static Path log;
    private static String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServerWithSmallHeap() throws Exception {
        TestDatabase.forTestClass(UploadMemoryTest.class);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Properties settings = new Properties();
        TestDatabase.properties().forEach((k, v) -> settings.setProperty(k, String.valueOf(v)));
        settings.setProperty("micronaut.server.port", String.valueOf(port));
        Path file = Files.createTempFile("thuisplan-memory-test", ".properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            settings.store(out, "test database of UploadMemoryTest");
        }
        file.toFile().deleteOnExit();
        log = Files.createTempFile("thuisplan-memory-test", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                BoundedHeapServer.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!Files.readString(log).contains("READY")) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The server did not start:\n" + tail());
            }
            Thread.sleep(100);
        }
        base = "http://localhost:" + port;
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void theLargestUploadsFourAtATimeAreRefusedAndTheServerStaysHealthy() throws Exception {
        String regio = token("regio.ens");
        String beheerder = token("beheerder");
        byte[] manyRows = manyRowsWorkbook(9 * 1024 * 1024);
        byte[] invitations = manyRowsWorkbook(2 * 1024 * 1024 - 4096);
        byte[] unknownMunicipalities = Workbooks.xlsx(List.of("gemeentecode", "indicator", "peildatum", "waarde", "bron"),
                50_000, i -> List.of("GM9" + (i % 1000), "lettings", "2031-01-01", i, "test"));

        // the finding: a 7 MB workbook of many rows, here four at once and near the 10 MB a file may have
        List<Answer> first = all(List.of(
                () -> upload(INDICATORS, regio, manyRows),
                () -> upload(INDICATORS, regio, manyRows),
                () -> upload(INDICATORS, regio, manyRows),
                () -> upload(INDICATORS, regio, manyRows)));
        for (Answer a : first) {
            assertThat(a.status()).as(a.body()).isEqualTo(422);
            assertThat(a.type()).startsWith("application/problem+json");
            assertThat(a.body()).contains("\"code\":\"TOO_MANY_ROWS\"", "\"row\":50002");
        }

        // the other limits at once: a zip bomb, the bulk invitations' 2 MB, a full 50,000-row file whose every row is wrong
        List<Answer> second = all(List.of(
                () -> upload(INDICATORS, regio, Workbooks.bomb(300)),
                () -> upload("/api/v1/admin/invitations/bulk?dryRun=true", beheerder, invitations),
                () -> upload(INDICATORS, regio, unknownMunicipalities),
                () -> upload(INDICATORS, regio, manyRows)));
        assertThat(second.get(0).body()).contains("ZIP_BOMB");
        assertThat(second.get(1).body()).contains("INVITATION_IMPORT_INVALID", "TOO_MANY_ROWS", "\"row\":502");
        assertThat(second.get(2).body()).contains("UNKNOWN_MUNICIPALITY", "\"row\":50001");
        assertThat(second.get(3).body()).contains("TOO_MANY_ROWS");
        for (Answer a : second) {
            assertThat(a.status()).as(a.body()).isEqualTo(422);
            assertThat(a.type()).startsWith("application/problem+json");
        }

        // and afterwards the server answers as before
        assertThat(server.isAlive()).as("the server is still running:\n" + tail()).isTrue();
        Answer table = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/allocation/regions/ENS/indicators"))
                .header("Authorization", "Bearer " + token("regio.ens")).GET().build());
        assertThat(table.status()).as(table.body()).isEqualTo(200);
    }

    @Test
    void aRequestOverTheServersSizeLimitIs413ProblemJson() throws Exception {
        Answer tooLarge = rawUpload(INDICATORS, token("regio.ens"), 13 * 1024 * 1024);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.type()).startsWith("application/problem+json");
        assertThat(tooLarge.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(server.isAlive()).isTrue();
    }

    /**
     * An upload over a plain socket, the body written beside reading the answer, as a browser does: the
     * server answers 413 as soon as it sees the length and reads no further, and java.net.http's client
     * would wait to finish sending before it reads.
     */
    private Answer rawUpload(String path, String token, int size) throws Exception {
        String boundary = "----thuisplan" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nAccept: application/json\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: " + (head.length + size + tail.length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try {
                    out.write(head);
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) 'x');
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    }
                    out.write(tail);
                } catch (IOException e) {
                    // the server may close the connection after its answer: that is allowed
                }
            });
            writer.setDaemon(true);
            writer.start();
            java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()));
            String status = readLine(in);
            String type = "";
            int length = 0;
            for (String line; !(line = readLine(in)).isEmpty(); ) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-type:")) {
                    type = line.substring(13).trim();
                } else if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            byte[] body = new byte[length];
            in.readFully(body);
            return new Answer(Integer.parseInt(status.split(" ")[1]), type, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String readLine(java.io.DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /**
     * A real workbook of about {@code bytes} bytes: rows of five cells (inline strings and random numbers, so it
     * compresses as real figures do), written as the sheet's XML straight into the zip, which is faster than POI.
     */
    static byte[] manyRowsWorkbook(int bytes) {
        byte[] base = Workbooks.xlsx(List.of("gemeentecode", "indicator", "peildatum", "waarde", "bron"), 0, i -> List.of());
        int rows = bytes / 19; // about 18.3 compressed bytes per row, measured
        Random random = new Random(3);
        byte[] xlsx = Workbooks.withPart(base, "xl/worksheets/sheet1.xml", out -> {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            xml.append("<row r=\"1\">");
            for (String h : List.of("gemeentecode", "indicator", "peildatum", "waarde", "bron")) {
                xml.append("<c t=\"inlineStr\"><is><t>").append(h).append("</t></is></c>");
            }
            xml.append("</row>");
            for (int r = 2; r <= rows + 1; r++) {
                xml.append("<row r=\"").append(r).append("\"><c t=\"inlineStr\"><is><t>GM0").append(100 + random.nextInt(900))
                        .append("</t></is></c><c t=\"inlineStr\"><is><t>lettings</t></is></c><c><v>").append(random.nextInt(99999))
                        .append("</v></c><c><v>").append(random.nextInt(9999999)).append("</v></c><c><v>")
                        .append(random.nextInt(999)).append("</v></c></row>");
                if (xml.length() > 1 << 16) {
                    out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                    xml.setLength(0);
                }
            }
            xml.append("</sheetData></worksheet>");
            out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        });
        assertThat(xlsx.length).as("the workbook stays under the imports' 10 MB").isLessThan(10 * 1024 * 1024);
        return xlsx;
    }

    private record Answer(int status, String type, String body) {
    }

    @FunctionalInterface
    private interface Call {
        Answer run() throws Exception;
    }

    private static List<Answer> all(List<Call> calls) {
        List<CompletableFuture<Answer>> running = new ArrayList<>();
        for (Call c : calls) {
            running.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return c.run();
                } catch (Exception e) {
                    throw new IllegalStateException("request failed; the server's log ends with:\n" + tail(), e);
                }
            }));
        }
        return running.stream().map(CompletableFuture::join).toList();
    }

    private String token(String user) throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"thuisplan-demo\"}")).build());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(a.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private Answer upload(String path, String token, byte[] content) throws Exception {
        String boundary = "----thuisplan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"groot.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(150)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static String tail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
