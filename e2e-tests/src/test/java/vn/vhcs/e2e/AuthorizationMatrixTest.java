package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.vhcs.testing.KeycloakServer;

/**
 * Every route × every kind of caller → the expected status, through the gateway with the real
 * services: no key, a revoked key, an admin, a submitter in and out of scope, a reader in and out
 * of scope, a province board in and out of scope. The report under test belongs to agency 19.M1 in Thái Nguyên (19).
 * Officers signed in at Keycloak get exactly what a key of the same role and scope gets (there are
 * no submitter officers; a token that is not Keycloak's stands for "no key").
 */
@ExtendWith(RunningSystem.class)
class AuthorizationMatrixTest {

    static final String ROUND = "MATRIX-2022";
    static final List<String> CALLERS = List.of("none", "revoked", "admin", "submitterIn", "submitterOut", "readerIn",
            "readerOut", "boardIn", "boardOut");
    static final Map<String, String> KEYS = new LinkedHashMap<>();
    /** The callers an officer can be, each with the key's expectations. */
    static final List<String> OFFICERS = List.of("none", "admin", "readerIn", "readerOut", "boardIn", "boardOut");
    /** Their tokens, got when the officers' matrix starts (they last five minutes). */
    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    static String report;

    @BeforeEach
    void setUp() {
        if (report != null) {
            return;
        }
        RunningSystem.openAnnualRound(ROUND);
        for (String[] a : new String[][] { { "19.M1", "19" }, { "20.M2", "20" } }) {
            given().contentType(ContentType.JSON).body(Map.of("name", "Cơ quan " + a[0], "kind", "OFFICE",
                    "provinceCode", a[1])).put("/api/v1/agencies/" + a[0]).then().statusCode(201);
        }
        report = given().contentType(ContentType.JSON).body(reportOf("19.M1")).post("/api/v1/reports").then()
                .statusCode(201).extract().path("id");
        KEYS.put("none", "");
        KEYS.put("admin", "Bearer " + RunningSystem.ADMIN_KEY);
        KEYS.put("submitterIn", "Bearer " + client("SUBMITTER", List.of("19.M1"), List.of(), false));
        KEYS.put("submitterOut", "Bearer " + client("SUBMITTER", List.of("20.M2"), List.of(), false));
        KEYS.put("readerIn", "Bearer " + client("READER", List.of(), List.of("19"), true));
        KEYS.put("readerOut", "Bearer " + client("READER", List.of(), List.of("20"), true));
        KEYS.put("boardIn", "Bearer " + client("BOARD", List.of(), List.of("19"), false));
        KEYS.put("boardOut", "Bearer " + client("BOARD", List.of(), List.of("20"), false));
        String revoked = client("SUBMITTER", List.of("19.M1"), List.of(), false);
        String id = given().get("/api/v1/clients").then().extract()
                .path("items.find { it.keyPrefix == '" + revoked.substring(5, 15) + "' }.id");
        given().delete("/api/v1/clients/" + id).then().statusCode(200);
        KEYS.put("revoked", "Bearer " + revoked);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/19").then().statusCode(200));
    }

    static String client(String role, List<String> agencies, List<String> provinces, boolean reports) {
        return given().contentType(ContentType.JSON).body(Map.of("name", "matrix " + role, "role", role,
                "agencies", agencies, "provinces", provinces, "reports", reports))
                .post("/api/v1/clients").then().statusCode(201).extract().path("key");
    }

    static Map<String, Object> reportOf(String agency) {
        return Map.of("agencyCode", agency, "roundCode", ROUND, "document", Map.of("issuedOn", "2022-12-20"),
                "workforce", Map.of("total", 10, "participating", 9, "commitmentsSigned", 8));
    }

    /** A route, how to call it, and the status for each caller in {@link #CALLERS} order. */
    record Route(String name, java.util.function.Function<RequestSpecification, io.restassured.response.Response> call,
            List<Set<Integer>> expected) {
    }

    static List<Set<Integer>> expect(Object... statuses) {
        List<Set<Integer>> sets = new ArrayList<>();
        for (Object s : statuses) {
            sets.add(s instanceof Set<?> set ? (Set<Integer>) set : Set.of((Integer) s));
        }
        return sets;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            for (int i = 0; i < CALLERS.size(); i++) {
                cases.add(Arguments.of(route.name(), CALLERS.get(i), route, route.expected().get(i)));
            }
        }
        return cases.stream();
    }

    /** The same routes for officers, with the expectations of the key of the same role and scope. */
    static Stream<Arguments> officerMatrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : routes()) {
            for (String officer : OFFICERS) {
                cases.add(Arguments.of(route.name(), officer, route, route.expected().get(CALLERS.indexOf(officer))));
            }
        }
        return cases.stream();
    }

    static List<Route> routes() {
        Supplier<String> r = () -> "/api/v1/reports/" + report;
        Set<Integer> created = Set.of(200, 201);
        List<Route> routes = List.of(
                new Route("GET provinces", s -> s.get("/api/v1/provinces"), expect(401, 401, 200, 200, 200, 200, 200, 200, 200)),
                new Route("GET agency", s -> s.get("/api/v1/agencies/19.M1"), expect(401, 401, 200, 200, 200, 200, 200, 200, 200)),
                new Route("PUT agency", s -> s.contentType(ContentType.JSON).body(Map.of("name", "Cơ quan 19.M1",
                        "kind", "OFFICE", "provinceCode", "19")).put("/api/v1/agencies/19.M1"),
                        expect(401, 401, created, 403, 403, 403, 403, 403, 403)),
                new Route("DELETE agency", s -> s.delete("/api/v1/agencies/19.GONE"), expect(401, 401, 404, 403, 403, 403, 403, 403, 403)),
                new Route("POST agencies:import", s -> s.urlEncodingEnabled(false)
                        .contentType("text/csv; charset=UTF-8").body("19.M3,Cơ quan 19.M3,OFFICE,19,\n")
                        .post("/api/v1/agencies:import"), expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("PUT round", s -> s.contentType(ContentType.JSON).body(Map.of("kind", "ANNUAL",
                        "periodStart", "2022-01-01", "periodEnd", "2022-12-31", "dueDate", "2023-01-15",
                        "closesOn", "2099-12-31")).put("/api/v1/rounds/" + ROUND), expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("PUT province deadline", s -> s.contentType(ContentType.JSON).body(Map.of("dueDate", "2023-01-20"))
                        .put("/api/v1/rounds/" + ROUND + "/provinces/19"), expect(401, 401, created, 403, 403, 403, 403, 403, 403)),
                new Route("GET lock", s -> s.get("/api/v1/rounds/" + ROUND + "/provinces/19/lock"),
                        expect(401, 401, 200, 200, 200, 200, 200, 200, 200)),
                new Route("PUT lock", s -> s.put("/api/v1/rounds/" + ROUND + "/provinces/20/lock"),
                        expect(401, 401, 200, 403, 403, 403, 403, 403, 200)),
                new Route("DELETE lock", s -> s.delete("/api/v1/rounds/" + ROUND + "/provinces/20/lock?reason=matrix"),
                        expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("POST reminders", s -> s.post("/api/v1/rounds/" + ROUND + "/provinces/19/reminders"),
                        expect(401, 401, 202, 403, 403, 403, 403, 202, 403)),
                new Route("GET rounds", s -> s.get("/api/v1/rounds"), expect(401, 401, 200, 200, 200, 200, 200, 200, 200)),
                new Route("GET report", s -> s.get(r.get()), expect(401, 401, 200, 200, 404, 200, 404, 200, 404)),
                new Route("GET report versions", s -> s.get(r.get() + "/versions"), expect(401, 401, 200, 200, 404, 200, 404, 200, 404)),
                new Route("GET reports", s -> s.get("/api/v1/reports?round=" + ROUND), expect(401, 401, 200, 200, 200, 200, 200, 200, 200)),
                new Route("POST report (exists)", s -> s.contentType(ContentType.JSON).body(reportOf("19.M1"))
                        .post("/api/v1/reports"), expect(401, 401, 409, 409, 403, 403, 403, 403, 403)),
                new Route("PUT report (stale)", s -> s.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(reportOf("19.M1")).put(r.get()), expect(401, 401, 412, 412, 403, 403, 403, 403, 403)),
                new Route("DELETE report (stale)", s -> s.header("If-Match", "\"0\"").delete(r.get()),
                        expect(401, 401, 412, 412, 403, 403, 403, 403, 403)),
                new Route("POST review (stale)", s -> s.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .body(Map.of("decision", "ACCEPTED")).post(r.get() + "/review"),
                        expect(401, 401, 412, 403, 404, 403, 403, 412, 404)),
                new Route("GET province statistics", s -> s.get("/api/v1/statistics/rounds/" + ROUND + "/provinces/19"),
                        expect(401, 401, 200, 403, 403, 200, 403, 200, 403)),
                new Route("GET missing agencies", s -> s.get("/api/v1/statistics/rounds/" + ROUND
                        + "/provinces/19/missing-agencies"), expect(401, 401, 200, 403, 403, 200, 403, 200, 403)),
                new Route("GET statistics list", s -> s.get("/api/v1/statistics/rounds/" + ROUND + "/provinces"),
                        expect(401, 401, 200, 403, 403, 200, 200, 200, 200)),
                new Route("GET national statistics", s -> s.get("/api/v1/statistics/rounds/" + ROUND + "/national"),
                        expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("GET trend", s -> s.get("/api/v1/statistics/provinces/19/trend"),
                        expect(401, 401, 200, 403, 403, 200, 403, 200, 403)),
                new Route("GET comparison", s -> s.get("/api/v1/statistics/rounds/" + ROUND
                        + "/provinces/19/comparison?with=" + ROUND), expect(401, 401, 200, 403, 403, 200, 403, 200, 403)),
                new Route("GET national trend", s -> s.get("/api/v1/statistics/national/trend"),
                        expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("GET national comparison", s -> s.get("/api/v1/statistics/rounds/" + ROUND
                        + "/national/comparison?with=" + ROUND), expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("GET clients", s -> s.get("/api/v1/clients"), expect(401, 401, 200, 403, 403, 403, 403, 403, 403)),
                new Route("GET clients/me", s -> s.get("/api/v1/clients/me"), expect(401, 401, 200, 200, 200, 200, 200, 200, 200)),
                new Route("POST clients", s -> s.contentType(ContentType.JSON).body(Map.of("name", "x", "role", "READER",
                        "provinces", List.of("national"))).post("/api/v1/clients"), expect(401, 401, 201, 403, 403, 403, 403, 403, 403)),
                new Route("GET client deliveries", s -> s.get("/api/v1/clients/00000000-0000-4000-8000-000000000000"
                        + "/deliveries"), expect(401, 401, 404, 403, 403, 403, 403, 403, 403)),
                new Route("DELETE client", s -> s.delete("/api/v1/clients/00000000-0000-4000-8000-000000000000"),
                        expect(401, 401, 404, 403, 403, 403, 403, 403, 403)));
        return routes;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachCallerGetsWhatItsRoleAndScopeAllow(String name, String caller, Route route, Set<Integer> expected) {
        RequestSpecification request = given().header("Authorization", KEYS.get(caller));
        if ("none".equals(caller)) {
            request.filter(WireCheck.offContract()); // no key at all: the request itself breaks the contract
        }
        int status = route.call().apply(request).statusCode();
        assertEquals(true, expected.contains(status), name + " as " + caller + ": expected " + expected + " but got " + status);
    }

    @ParameterizedTest(name = "{0} as officer {1}")
    @MethodSource("officerMatrix")
    void eachOfficerGetsWhatAKeyOfHerRoleAndScopeGets(String name, String caller, Route route, Set<Integer> expected) {
        if (TOKENS.isEmpty()) {
            KeycloakServer keycloak = RunningSystem.get().keycloak;
            TOKENS.put("none", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.bm90LXNpZ25lZA");
            TOKENS.put("admin", "Bearer " + keycloak.token(keycloak.officer("matrix.admin", "ADMIN")));
            TOKENS.put("readerIn", "Bearer " + keycloak.token(keycloak.officer("matrix.reader19", "READER", "19")));
            TOKENS.put("readerOut", "Bearer " + keycloak.token(keycloak.officer("matrix.reader20", "READER", "20")));
            TOKENS.put("boardIn", "Bearer " + keycloak.token(keycloak.officer("matrix.board19", "BOARD", "19")));
            TOKENS.put("boardOut", "Bearer " + keycloak.token(keycloak.officer("matrix.board20", "BOARD", "20")));
        }
        int status = route.call().apply(given().header("Authorization", TOKENS.get(caller))).statusCode();
        assertEquals(true, expected.contains(status),
                name + " as officer " + caller + ": expected " + expected + " but got " + status);
    }
}
