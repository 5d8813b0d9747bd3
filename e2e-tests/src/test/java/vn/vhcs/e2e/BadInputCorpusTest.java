package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/**
 * Replays the bad-input corpus ({@code src/test/resources/bad-input/*.jsonl}, one request a line:
 * {@code rule, as, method, path, headers, body | bodyBase64, expect}) through the gateway, with real
 * keys of the roles that reach validation: every answer is the expected 4xx with an
 * {@code application/problem+json} body (414 and 431 included, and the requests Vert.x itself cannot
 * read: control characters in headers, malformed percent-encoding), none is a 5xx, and afterwards every
 * table of the report, aggregation and gateway databases has as many rows as before.
 *
 * <p>The requests go over a plain socket, byte for byte as the corpus writes them: HTTP client
 * libraries refuse or rewrite exactly what the corpus must send (NUL in headers, invalid UTF-8,
 * lying Content-Encoding, a missing Content-Type, 5,000-character targets).
 */
@ExtendWith(RunningSystem.class)
class BadInputCorpusTest {

    static final String ROUND = "BAD-INPUT-2022";
    /** Long An: a province no other end-to-end test counts agencies in. */
    static final String PROVINCE = "80";
    static final String AGENCY = "80.BADIN-SNV";
    private static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(.):(\\d+)}");

    private static final Map<String, String> keys = new LinkedHashMap<>();
    private static String report;

    @BeforeAll
    static void registry() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Nội vụ tỉnh Long An (thử dữ liệu xấu)",
                "kind", "PROVINCIAL_DEPARTMENT", "provinceCode", PROVINCE))
                .put("/api/v1/agencies/" + AGENCY).then().statusCode(201);
        keys.put("admin", RunningSystem.ADMIN_KEY);
        keys.put("submitter", key(Map.of("name", "Cổng thử dữ liệu xấu", "role", "SUBMITTER",
                "agencies", List.of(AGENCY))));
        keys.put("reader", key(Map.of("name", "Bảng điều khiển thử dữ liệu xấu", "role", "READER",
                "provinces", List.of(PROVINCE), "reports", true)));
        report = given().header("Authorization", "Bearer " + keys.get("submitter")).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", AGENCY, "roundCode", ROUND,
                        "document", Map.of("number", "45/BC-SNV", "issuedOn", "2022-04-25"),
                        "workforce", Map.of("total", 20, "participating", 18, "commitmentsSigned", 18)))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
        // each key used once (its rate-limit state exists), and the report counted, before the counts;
        // the round reaches aggregation-service by its event, so the first reads may answer 404
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .header("Authorization", "Bearer " + keys.get("reader"))
                .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE).then().statusCode(200)
                .body("agenciesReported", org.hamcrest.Matchers.equalTo(1)));
    }

    private static String key(Map<String, Object> client) {
        return given().contentType(ContentType.JSON).body(client).post("/api/v1/clients").then().statusCode(201)
                .extract().path("key");
    }

    /** One request of the corpus. */
    record Case(String file, int line, String rule, String as, String method, String path, Map<String, String> headers,
            byte[] body, int expect) {

        String name() {
            return file + ":" + line + " " + rule;
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {
    }

    @Test
    void everyBadRequestIsA4xxProblemAndNothingIsStored() throws Exception {
        List<Case> cases = corpus();
        assertTrue(cases.size() >= 200, "the corpus holds at least 200 requests: " + cases.size());
        Map<String, Long> before = stableCounts();

        List<String> wrong = new ArrayList<>();
        int serverErrors = 0;
        for (Case c : cases) {
            Answer answer = send(c);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            String type = answer.headers().getOrDefault("content-type", "");
            String problem = type.startsWith("application/problem+json") ? problem(answer)
                    : "not application/problem+json";
            if (answer.status() != c.expect() || problem != null) {
                wrong.add(c.name() + " → " + answer.status() + " " + type + " (expected " + c.expect() + ")"
                        + (problem == null ? "" : ": " + problem) + " " + abbreviated(answer.body()));
            }
        }
        System.out.printf("bad-input corpus: %d requests, %d answered as expected, %d × 5xx%n", cases.size(),
                cases.size() - wrong.size(), serverErrors);
        assertEquals(0, serverErrors, "no 5xx");
        assertEquals(List.of(), wrong, "every answer the expected 4xx problem document");

        Map<String, Long> after = stableCounts();
        assertEquals(before, after, "the row counts of every table are unchanged");
    }

    /** What is wrong with a problem document, or null when it is one (status, type, and errors where it names them). */
    private static String problem(Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body.path("status").asInt() != answer.status() || !body.path("type").asText().startsWith("urn:vhcs:problem:")) {
                return "not a problem document of this status";
            }
            if (answer.status() == 400 && body.path("type").asText().endsWith(":validation")
                    && (!body.path("errors").isArray() || body.path("errors").isEmpty())) {
                return "a validation problem without its broken rules";
            }
            for (JsonNode error : body.path("errors")) {
                if (error.path("field").asText().isEmpty() || error.path("message").asText().isEmpty()) {
                    return "a broken rule without its field or message";
                }
            }
            return null;
        } catch (IOException e) {
            return "not JSON";
        }
    }

    private static List<Case> corpus() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).isBlank()) {
                        continue;
                    }
                    JsonNode row = JSON.readTree(lines.get(i));
                    Map<String, String> headers = new LinkedHashMap<>();
                    row.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), fill(h.getValue().asText())));
                    byte[] body = row.has("bodyBase64") ? fill(Base64.getDecoder().decode(row.get("bodyBase64").asText()))
                            : row.has("body") ? fill(row.get("body").asText()).getBytes(StandardCharsets.UTF_8) : null;
                    cases.add(new Case(file.getFileName().toString(), i + 1, row.path("rule").asText(),
                            row.path("as").asText("admin"), row.path("method").asText(), fill(row.path("path").asText()),
                            headers, body, row.path("expect").asInt()));
                }
            }
        }
        return cases;
    }

    /** The corpus' placeholders: {agency}, {round}, {province}, {report}, {repeat:c:n}. */
    private static String fill(String text) {
        String filled = text.replace("{agency}", AGENCY).replace("{round}", ROUND).replace("{province}", PROVINCE)
                .replace("{report}", report);
        Matcher repeat = REPEAT.matcher(filled);
        StringBuilder out = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(out, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        return repeat.appendTail(out).toString();
    }

    /** Placeholders in a body of any bytes: ISO-8859-1 maps every byte to one char and back. */
    private static byte[] fill(byte[] body) {
        return fill(new String(body, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One request over its own connection, exactly these bytes; the answer read to its end. */
    private static Answer send(Case c) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        // targets and header values go out as the corpus writes them, one byte a char (NUL included)
        request.writeBytes((c.method() + " " + c.path() + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "localhost:" + RunningSystem.get().gateway.port);
        if (!c.as().equals("none")) {
            headers.put("Authorization", "Bearer " + keys.get(c.as()));
        }
        headers.putAll(c.headers());
        if (c.body() != null) {
            headers.put("Content-Length", Integer.toString(c.body().length));
        }
        headers.put("Connection", "close");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            request.writeBytes((header.getKey() + ": " + header.getValue() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (c.body() != null) {
            request.writeBytes(c.body());
        }
        try (Socket socket = new Socket("localhost", RunningSystem.get().gateway.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                out.flush();
            } catch (IOException e) {
                // the server may answer and close before it has read all (a refused body): read its answer
            }
            return read(socket.getInputStream(), c);
        }
    }

    private static Answer read(InputStream in, Case c) throws IOException {
        // ISO-8859-1: one char a byte, so that lengths and chunk sizes hold; the body is UTF-8 at the end
        String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Answer(0, Map.of(), "no answer (connection closed after " + text.length() + " bytes)");
        }
        String[] head = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            StringBuilder whole = new StringBuilder();
            int at = 0;
            while (at < body.length()) {
                int line = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, line).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                whole.append(body, line + 2, line + 2 + size);
                at = line + 2 + size + 2;
            }
            body = whole.toString();
        }
        return new Answer(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The row counts of every table of the three databases, once two readings a second apart agree. */
    private static Map<String, Long> stableCounts() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<String, Long> now = counts();
            return now.equals(last.getAndSet(now));
        });
        return last.get();
    }

    private static Map<String, Long> counts() {
        String pg = "jdbc:postgresql://" + env("VHCS_PG_HOST", "127.0.0.1") + ":" + env("VHCS_PG_PORT", "5432") + "/";
        Map<String, Long> counts = new TreeMap<>();
        for (String[] db : new String[][] { { "vhcs_e2e_report", "vhcs_report" },
                { "vhcs_e2e_aggregation", "vhcs_aggregation" }, { "vhcs_e2e_gateway", "vhcs_gateway" } }) {
            try (Connection connection = DriverManager.getConnection(pg + db[0], db[1], db[1]);
                    Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("select table_schema || '.' || table_name from "
                        + "information_schema.tables where table_type = 'BASE TABLE' and table_schema not in "
                        + "('pg_catalog', 'information_schema')")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                assertTrue(!tables.isEmpty(), db[0] + " has tables");
                for (String table : tables) {
                    try (ResultSet rs = statement.executeQuery("select count(*) from " + quoted(table))) {
                        rs.next();
                        counts.put(db[0] + "." + table, rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(db[0] + ": " + e.getMessage(), e);
            }
        }
        return counts;
    }

    private static String quoted(String table) {
        String[] parts = table.split("\\.", 2);
        return "\"" + parts[0].replace("\"", "\"\"") + "\".\"" + parts[1].replace("\"", "\"\"") + "\"";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
