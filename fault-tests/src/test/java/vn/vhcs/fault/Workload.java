package vn.vhcs.fault;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.awaitility.Awaitility;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.vhcs.testing.GatewayTokens;

/**
 * Reference data, submissions and the comparison the experiments end with: the statistics aggregation-service
 * answers (its public JSON API) against what report-service's database holds.
 */
final class Workload {

    static final List<String> PROVINCES = List.of("70", "26", "58", "56");

    private final FaultSystem system;
    private volatile String token;
    private volatile Instant tokenMadeAt = Instant.EPOCH;

    Workload(FaultSystem system) {
        this.system = system;
    }

    /** The Authorization header of an admin, as the gateway would sign it (renewed before it expires). */
    String admin() {
        if (Duration.between(tokenMadeAt, Instant.now()).toMinutes() >= 2) {
            token = GatewayTokens.bearer(GatewayTokens.admin("fault-tests"));
            tokenMadeAt = Instant.now();
        }
        return token;
    }

    /** A round open for submissions, and {@code count} agencies {@code <province>.<round>-<i>} spread over PROVINCES. */
    List<String> round(String round, int count) {
        given().baseUri(system.reports.url()).header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14", "periodEnd", "2022-03-31",
                        "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + round).then().statusCode(201);
        StringBuilder csv = new StringBuilder("code,name,kind,provinceCode,parentCode\n");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            String code = province + "." + round + "-" + i;
            codes.add(code);
            csv.append(code).append(",Cơ quan ").append(code).append(",PROVINCIAL_DEPARTMENT,").append(province).append(",\n");
        }
        given().urlEncodingEnabled(false).baseUri(system.reports.url()).header("Authorization", admin())
                .contentType("text/csv; charset=UTF-8")
                .body(csv.toString()).post("/api/v1/agencies:import").then().statusCode(200);
        return codes;
    }

    /** POSTs the report of {@code agency}: a workforce whose figures derive from the code, so sums are checkable. */
    Response submit(String agency, String round) {
        int n = Math.floorMod(agency.hashCode(), 50);
        return given().baseUri(system.reports.url()).header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("agencyCode", agency, "roundCode", round,
                        "workforce", Map.of("total", 10 + n, "participating", 5 + n)))
                .post("/api/v1/reports");
    }

    /** Submits every agency with {@code threads} clients at once; the answers' status codes, in agency order. */
    static <T> List<T> concurrently(int count, int threads, IntFunction<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Per province of {@code round}, from report-service's database: [agencies the round expects (valid on its period's
     * end), reports that count, Σ workforce.total, Σ workforce.participating]. The first figure makes the comparison
     * wait for the registry events too, not only the report events.
     */
    Map<String, List<Long>> expected(String round) {
        Map<String, List<Long>> byProvince = new TreeMap<>();
        for (String p : PROVINCES) {
            byProvince.put(p, List.of(0L, 0L, 0L, 0L));
        }
        try (Connection c = system.reportDatabase(); PreparedStatement s = c.prepareStatement("""
                select p.code,
                       (select count(*) from agency a, reporting_round rr where rr.code = ? and a.province_code = p.code
                           and (a.valid_from is null or a.valid_from <= rr.period_end)
                           and (a.valid_to is null or a.valid_to >= rr.period_end)),
                       count(r.id),
                       coalesce(sum((r.body->'workforce'->>'total')::bigint), 0),
                       coalesce(sum((r.body->'workforce'->>'participating')::bigint), 0)
                  from unnest(?::text[]) p(code)
                  left join report r on r.province_code = p.code and r.round_code = ? and r.status <> 'WITHDRAWN'
                 group by p.code""")) {
            s.setString(1, round);
            s.setArray(2, c.createArrayOf("text", PROVINCES.toArray()));
            s.setString(3, round);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byProvince.put(r.getString(1), List.of(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byProvince;
    }

    /** The same four figures per province, as aggregation-service's statistics API answers them. */
    Map<String, List<Long>> statistics(String round) {
        Map<String, List<Long>> byProvince = new TreeMap<>();
        for (String p : PROVINCES) {
            var json = given().baseUri(system.aggregation.url()).header("Authorization", admin())
                    .get("/api/v1/statistics/rounds/" + round + "/provinces/" + p).then().statusCode(200).extract()
                    .jsonPath();
            byProvince.put(p, List.of(json.getLong("agenciesExpected"), json.getLong("agenciesReported"),
                    json.getLong("workforceTotal"), json.getLong("participating")));
        }
        return byProvince;
    }

    /** Waits until the statistics of {@code round} are those of the database; how long it took. */
    Duration awaitExact(String round, Duration atMost) {
        Instant start = Instant.now();
        Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .untilAsserted(() -> assertEquals(expected(round), statistics(round),
                        "statistics of " + round + " (per province: expected, reported, workforce, participating) vs database"));
        return Duration.between(start, Instant.now());
    }

    long count(String sql, Object... params) {
        try (Connection c = system.reportDatabase(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void print(String experiment, String what, Duration took) {
        System.out.printf("[fault-tests] %s: %s in %.3f s%n", experiment, what, took.toMillis() / 1000.0);
    }
}
