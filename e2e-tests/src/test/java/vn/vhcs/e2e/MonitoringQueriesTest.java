package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.http.ContentType;
import vn.vhcs.testing.ServiceProcess;

/**
 * Every metric the alerts (k8s/components/alerts/prometheus-rule.yaml) and the Grafana dashboard
 * (k8s/components/grafana-dashboard/vhcs-dashboard.json) query is exposed on the /q/metrics of a running
 * service, after a little traffic (a submission, a statistics read, a reminder), unless it is one of the
 * cluster's own metrics listed in {@link #EXTERNAL}. A misspelt or renamed metric would otherwise leave an
 * alert silent for ever.
 */
@ExtendWith(RunningSystem.class)
class MonitoringQueriesTest {

    /** Metrics the cluster exposes, not vhcs: the only names the rules and the dashboard may use beyond the services'. */
    static final Map<String, String> EXTERNAL = Map.of(
            "kube_pod_container_status_restarts_total", "kube-state-metrics");

    static final String ROUND = "MONITOR-2022";
    static final String PROVINCE = "37"; // Ninh Bình: no other end-to-end test uses it
    static final String AGENCY = "37.MON";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** PromQL's words that are not metric names (aggregations and functions are followed by "(", see below). */
    static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right", "and",
            "or", "unless", "bool", "offset", "inf", "nan");

    @Test
    void everyMetricTheAlertsAndTheDashboardQueryIsExposed() throws IOException {
        traffic();
        Map<String, Set<String>> wanted = new TreeMap<>(); // metric → where it is queried
        for (Map.Entry<String, String> q : queries().entrySet()) {
            for (String metric : metricNames(q.getValue())) {
                wanted.computeIfAbsent(metric, m -> new TreeSet<>()).add(q.getKey());
            }
        }
        assertFalse(wanted.isEmpty(), "no metric found in the queries");
        RunningSystem system = RunningSystem.get();
        List<ServiceProcess> services = List.of(system.reports, system.aggregation, system.gateway);
        // some series appear only once their first event happened (a partition assigned, a request answered)
        List<String> missing = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                Set<String> exposed = new TreeSet<>();
                services.forEach(s -> exposed.addAll(sampleNames(s)));
                missing.clear();
                wanted.forEach((metric, where) -> {
                    if (!exposed.contains(metric) && !EXTERNAL.containsKey(metric)) {
                        missing.add(metric + " (in " + String.join(", ", where) + ")");
                    }
                });
                return missing.isEmpty();
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // the assertion below says which
        }
        assertEquals(List.of(), missing, "metrics queried but exposed by no service");
        // the external list names only what is still queried
        assertEquals(Set.of(), difference(EXTERNAL.keySet(), wanted.keySet()), "EXTERNAL names metrics nobody queries");
    }

    /** The parser finds names, and nothing else: labels, functions, durations, strings, grouping labels. */
    @Test
    void theMetricNamesOfAQueryAreFound() {
        assertEquals(Set.of("vhcs_gateway_requests_total"), metricNames(
                "sum by (route, status) (rate(vhcs_gateway_requests_total{namespace=\"$namespace\",status=~\"5..\"}"
                        + "[$__rate_interval]))"));
        assertEquals(Set.of("a_total", "b_seconds_count", "kube_x"), metricNames(
                "sum(rate(a_total{x=\"rate(y)\"}[5m])) / on (job) group_left sum without (pod) "
                        + "(increase(b_seconds_count[1h] offset 5m)) > 0.5 and kube_x == 1 or vector(0)"));
        assertEquals(Set.of("agroal_awaiting_count"), metricNames("max by (job) (agroal_awaiting_count) > 0"));
    }

    /** Each PromQL expression of the rules and the dashboard, by where it is. */
    static Map<String, String> queries() throws IOException {
        Path root = Path.of(System.getProperty("vhcs.root", "..")).toAbsolutePath().normalize();
        Map<String, String> queries = new TreeMap<>();
        JsonNode rule = YAML.readTree(root.resolve("k8s/components/alerts/prometheus-rule.yaml").toFile());
        for (JsonNode group : rule.path("spec").path("groups")) {
            for (JsonNode r : group.path("rules")) {
                queries.put("alert " + r.path("alert").asText(r.path("record").asText()), r.path("expr").asText());
            }
        }
        JsonNode dashboard = JSON.readTree(root.resolve("k8s/components/grafana-dashboard/vhcs-dashboard.json").toFile());
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.put("panel \"" + panel.path("title").asText() + "\" " + target.path("refId").asText(),
                        target.path("expr").asText());
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            String query = variable.path("query").path("query").asText("");
            Matcher m = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,").matcher(query);
            if (m.find()) {
                queries.put("variable " + variable.path("name").asText(), m.group(1));
            }
        }
        return queries;
    }

    /**
     * The metric names of a PromQL expression: what is left once strings, label matchers, range and subquery
     * brackets, grouping clauses, function calls and keywords are taken out.
     */
    static Set<String> metricNames(String expr) {
        String s = expr.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(\\\\.|[^'\\\\])*'", "''");
        s = s.replaceAll("\\{[^}]*\\}", " ").replaceAll("\\[[^\\]]*\\]", " ");
        s = s.replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(s);
        while (m.find()) {
            String word = m.group(1);
            if (m.group(2) == null && !KEYWORDS.contains(word.toLowerCase()) && !word.matches("(?i)[0-9.e+-]+")) {
                names.add(word);
            }
        }
        return names;
    }

    /** The names of the samples a service serves (a histogram's _bucket, _sum and _count, a timer's _max, as served). */
    static Set<String> sampleNames(ServiceProcess service) {
        if (!service.alive()) {
            throw new AssertionError(service.name + " is not running; its log ends:\n" + service.logTail());
        }
        String text = given().baseUri(service.managementUrl()).port(service.managementPort).get("/q/metrics").then()
                .statusCode(200).extract().asString();
        Set<String> names = new TreeSet<>();
        for (String line : text.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.split("[{ ]", 2)[0]);
            }
        }
        return names;
    }

    /** A submission, a statistics read and a reminder run, so that every request-driven series exists. */
    static void traffic() {
        RunningSystem.openAnnualRound(ROUND);
        given().contentType(ContentType.JSON).body(Map.of("name", "Sở Nội vụ tỉnh Ninh Bình", "kind", "OFFICE",
                "provinceCode", PROVINCE)).put("/api/v1/agencies/" + AGENCY).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("agencyCode", AGENCY, "roundCode", ROUND,
                "document", Map.of("issuedOn", "2022-12-20"),
                "workforce", Map.of("total", 10, "participating", 9, "commitmentsSigned", 8)))
                .post("/api/v1/reports").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE).then().statusCode(200));
        given().post("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/reminders").then().statusCode(202);
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
