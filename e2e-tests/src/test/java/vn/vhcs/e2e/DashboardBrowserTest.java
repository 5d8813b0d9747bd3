package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The province board's dashboard (/dashboard/) in a real headless Chromium, through the gateway of
 * the running system: a reader of province 01 signs in with its key, chooses the round and the
 * province, and every figure the page shows equals the API's answer for the same key. The page
 * must keep to its CSP (the browser logs no violation), fit a phone's width, and ask for the key
 * once per tab. Screenshots go to target/; with {@code -Dvhcs.dashboard.docs=true} the desktop one
 * also replaces docs/dashboard.png, the README's picture.
 *
 * <p>The data are made up for the test (agencies "Cơ quan thử nghiệm …" in Hà Nội, 01, where no
 * other end-to-end test registers agencies), in rounds of their own, so the other tests' figures
 * stay as they are.
 */
@ExtendWith(RunningSystem.class)
class DashboardBrowserTest {

    static final String PROVINCE = "01";
    static final String EARLIER = "DASHBOARD-2022";
    static final String ROUND = "DASHBOARD-2023";
    /** A sơ kết and a tổng kết of their own: the trend's lines per kind, and the comparison of the two. */
    static final String MIDTERM = "DASHBOARD-SO-KET";
    static final String FINAL = "DASHBOARD-TONG-KET";
    static final int AGENCIES = 14;
    static final int PAGE_SIZE = 10;
    static final String[] KINDS = { "PROVINCIAL_DEPARTMENT", "OFFICE", "MASS_ORGANISATION", "DISTRICT_COMMITTEE",
            "PUBLIC_SERVICE_UNIT" };

    static WebDriver browser;
    static String readerKey;

    @BeforeAll
    static void dataAndBrowser() {
        Path chromium = tool("vhcs.chromium", "/usr/bin/chromium");
        Path chromedriver = tool("vhcs.chromedriver", "/usr/bin/chromedriver");
        registryAndReports();
        readerKey = given().contentType(ContentType.JSON).body(Map.of("name", "Ban Thi đua – Khen thưởng Hà Nội (thử)",
                "role", "READER", "provinces", List.of(PROVINCE))).post("/api/v1/clients").then().statusCode(201)
                .extract().path("key");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            statistics(ROUND).then().statusCode(200).body("agenciesReported", equalTo(3));
            statistics(EARLIER).then().statusCode(200).body("agenciesReported", equalTo(2));
            statistics(MIDTERM).then().statusCode(200).body("agenciesReported", equalTo(1));
            statistics(FINAL).then().statusCode(200).body("agenciesReported", equalTo(2));
        });
        browser = chrome(chromium, chromedriver);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderSeesItsProvincesFiguresExactlyAsTheApiGivesThem() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(page(""));
        awaitState("sign-in");
        Axe.check(browser, "the key form");
        signIn("vhcs_not_a_key");
        await().atMost(Duration.ofSeconds(10)).until(() -> !text("#sign-in-error").isEmpty());
        assertEquals("Khóa không hợp lệ, đã bị thu hồi hoặc đã hết hạn.", text("#sign-in-error"));
        signIn(readerKey);
        awaitState("ready");
        assertFalse(browser.getCurrentUrl().contains(readerKey), "the key is never in the URL");
        assertEquals(readerKey, script("return sessionStorage.getItem('vhcs.dashboard.apiKey')"));
        assertEquals(null, script("return localStorage.getItem('vhcs.dashboard.apiKey')"));
        assertTrue(browser.findElements(By.cssSelector("#province option[value='national']")).isEmpty(),
                "a reader of one province is not offered the whole country");

        choose("#round", EARLIER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "ready".equals(state())
                && String.valueOf(script("return document.body.dataset.view")).startsWith(EARLIER + "/"));
        if (!PROVINCE.equals(new Select(browser.findElement(By.id("province"))).getFirstSelectedOption().getDomAttribute("value"))) {
            choose("#province", PROVINCE);
        }
        awaitView(EARLIER + "/" + PROVINCE);
        assertFiguresEqual(statistics(EARLIER).then().statusCode(200).extract().jsonPath());

        choose("#round", ROUND);
        awaitView(ROUND + "/" + PROVINCE);
        assertTrue(browser.getCurrentUrl().endsWith("/dashboard/?apikey#/rounds/" + ROUND + "/provinces/" + PROVINCE),
                browser.getCurrentUrl());
        JsonPath api = statistics(ROUND).then().statusCode(200).extract().jsonPath();
        assertFiguresEqual(api);
        assertTrue(api.getBoolean("measures.participation.estimated"), "the data make an estimate");
        assertEquals("ước tính", text("[data-figure='measures.participation.estimated']"));
        assertCatalogueFigures(api);
        assertMissingAgenciesPageByPage();
        assertEquals(readerRequest().get("/api/v1/statistics/provinces/" + PROVINCE + "/trend?size=200").then()
                .statusCode(200).extract().jsonPath().getList("items.roundCode"), attributes("#trend tbody tr", "data-round"));
        assertNoCspViolation();
        Axe.check(browser, "a province's view (reader)");
        screenshot("dashboard.png", true);

        // a phone: one column, nothing wider than the screen
        browser.manage().window().setSize(new Dimension(390, 844));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertEquals(Boolean.TRUE,
                script("return document.documentElement.scrollWidth <= window.innerWidth")));
        screenshot("dashboard-phone.png", false);
        browser.manage().window().setSize(new Dimension(1280, 1000));

        // English, same figures
        browser.findElement(By.id("lang-switch")).click();
        awaitView(ROUND + "/" + PROVINCE);
        assertEquals("en", script("return document.documentElement.lang"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Reporting progress"));
        assertFiguresEqual(api);
        Axe.check(browser, "a province's view in English");
        browser.findElement(By.id("lang-switch")).click();
        awaitView(ROUND + "/" + PROVINCE);

        // outside the key's scope: said so, nothing shown
        choose("#province", "70");
        await().atMost(Duration.ofSeconds(10)).until(() -> "error".equals(state()));
        assertEquals("Khóa API này không được xem số liệu này (ngoài phạm vi của khóa).", text("main .error"));

        // the key is asked once per tab: a reload keeps it, a new tab asks, then opens the bookmarked view
        String bookmark = page("#/rounds/" + ROUND + "/provinces/" + PROVINCE);
        browser.get(bookmark);
        browser.navigate().refresh();
        awaitView(ROUND + "/" + PROVINCE);
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            browser.get(bookmark);
            awaitState("sign-in");
            signIn(readerKey);
            awaitView(ROUND + "/" + PROVINCE);
            assertEquals(text("[data-figure='agenciesReported']"), count(api.getLong("agenciesReported")));
        } finally {
            browser.close();
            browser.switchTo().window(first);
        }
    }

    /**
     * The province's board sees the "Chưa báo cáo" list with a "Nhắc" button; pressing it queues one
     * reminder per missing agency to the portal acting for the province (a real HTTP server here), and
     * the page says how many. A reader of the same province gets the list without the button; the
     * drafts page is linked from the header.
     */
    @Test
    void theBoardRemindsTheAgenciesNotReportedWithOneButton() throws IOException {
        java.util.Set<String> reminded = java.util.concurrent.ConcurrentHashMap.newKeySet();
        com.sun.net.httpserver.HttpServer portal = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        portal.createContext("/hook", exchange -> {
            JsonPath body = JsonPath.from(new String(exchange.getRequestBody().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            if ("REMINDER".equals(body.getString("event")) && ROUND.equals(body.getString("roundCode"))) {
                reminded.add(body.getString("agency.code"));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        portal.start();
        String first = browser.getWindowHandle();
        // a tab of its own: the key is kept per tab
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            given().contentType(ContentType.JSON).body(Map.of("name", "Cổng dịch vụ công Hà Nội (thử)", "role",
                    "SUBMITTER", "provinces", List.of(PROVINCE), "webhookUrl",
                    "http://127.0.0.1:" + portal.getAddress().getPort() + "/hook")).post("/api/v1/clients").then()
                    .statusCode(201);
            String boardKey = given().contentType(ContentType.JSON).body(Map.of("name",
                    "Ban Thi đua – Khen thưởng Hà Nội (bảng điều khiển)", "role", "BOARD", "provinces",
                    List.of(PROVINCE))).post("/api/v1/clients").then().statusCode(201).extract().path("key");
            given().header("Authorization", "Bearer " + boardKey).get("/api/v1/clients/me").then().statusCode(200)
                    .body("role", equalTo("BOARD")).body("provinces", equalTo(List.of(PROVINCE)));
            List<String> missing = given().header("Authorization", "Bearer " + boardKey)
                    .get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE + "/missing-agencies?size=200")
                    .then().statusCode(200).extract().jsonPath().getList("items.code");
            assertEquals(AGENCIES - 3, missing.size());

            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.get(page("#/rounds/" + ROUND + "/provinces/" + PROVINCE));
            awaitState("sign-in");
            signIn(boardKey);
            awaitView(ROUND + "/" + PROVINCE);
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("Chưa báo cáo"));
            assertEquals(missing.subList(0, PAGE_SIZE), attributes("#missing-agencies tbody tr", "data-agency"));
            assertEquals("Nhắc", text("#remind"));
            browser.findElement(By.id("remind")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> !text("#reminders-result").isEmpty()
                    && !text("#reminders-result").startsWith("Đang"));
            assertEquals("Đã xếp 11 lời nhắc gửi tới 11 cơ quan chưa báo cáo.", text("#reminders-result"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(new java.util.TreeSet<>(missing),
                    new java.util.TreeSet<>(reminded)));
            assertEquals("Lời nhắc qua cổng dịch vụ: 11.", text("[data-outcome='webhooks']"));
            assertNoCspViolation();
            Axe.check(browser, "the board's view after reminding");
            screenshot("dashboard-board.png", false);

            // the board's downloads answer the files, with their media types
            browser.findElement(By.cssSelector("[data-action='download-xlsx']")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> "200".equals(
                    browser.findElement(By.id("download-result")).getDomAttribute("data-status")));
            assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    browser.findElement(By.id("download-result")).getDomAttribute("data-type"));
            // the review queue lists the province's reports of the round, each to be reviewed
            assertEquals(3, browser.findElements(By.cssSelector("#review-queue tbody tr[data-review-state='SUBMITTED']"))
                    .size());
            browser.findElement(By.cssSelector("#review-queue [data-action='open']")).click();
            await().atMost(Duration.ofSeconds(5)).until(() -> !browser.findElements(
                    By.cssSelector("#review-queue [data-action='return']")).isEmpty());
            Axe.check(browser, "a report opened in the review queue");

            // the drafts page is a link away
            WebElement drafts = browser.findElement(By.id("drafts-link"));
            assertEquals("Dự thảo từ văn bản", drafts.getText().trim());
            drafts.click();
            await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/dashboard/drafts.html")
                    && !browser.findElements(By.id("upload")).isEmpty());

            // a reader of the province: the list, no button
            script("sessionStorage.removeItem('vhcs.dashboard.apiKey')");
            browser.get(page("#/rounds/" + ROUND + "/provinces/" + PROVINCE));
            awaitState("sign-in");
            signIn(readerKey);
            awaitView(ROUND + "/" + PROVINCE);
            assertEquals(missing.subList(0, PAGE_SIZE), attributes("#missing-agencies tbody tr", "data-agency"));
            assertTrue(browser.findElements(By.id("remind")).isEmpty(), "a reader is not offered the button");
        } finally {
            browser.close();
            browser.switchTo().window(first);
            portal.stop(0);
        }
    }

    /**
     * The trend draws a line per figure and round kind from the points' `measures` — the sơ kết's
     * participation, stated as a percent only, has its line — and the kind filter asks the API for
     * that kind only; a tổng kết is compared with the sơ kết figure by figure; the 2025-map switch
     * reads the province with `boundaries=2025`. Every figure as the API gives it.
     */
    @Test
    void theTrendFollowsTheMeasuresPerKindAndTheTongKetIsComparedWithTheSoKet() throws IOException {
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        try {
            browser.manage().window().setSize(new Dimension(1280, 1000));
            browser.get(page("#/rounds/" + FINAL + "/provinces/" + PROVINCE));
            awaitState("sign-in");
            signIn(readerKey);
            awaitView(FINAL + "/" + PROVINCE);

            String trendPath = "/api/v1/statistics/provinces/" + PROVINCE + "/trend?size=200";
            List<Map<String, Object>> points = readerRequest().get(trendPath).then().statusCode(200).extract()
                    .jsonPath().getList("items");
            assertEquals(points.stream().map(p -> p.get("roundKind")).toList(),
                    attributes("#trend tbody tr", "data-round-kind"));
            assertEquals(expectedSeries(points), List.of(browser.findElement(By.id("trend-chart"))
                    .getDomAttribute("data-series").split(" ")), "a line per figure and kind that has one");
            assertTrue(expectedSeries(points).contains("participation.MIDTERM_REVIEW"),
                    "the sơ kết's percent-only participation has its line");

            choose("#trend-kind", "FINAL_REVIEW");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "ready".equals(state())
                    && "FINAL_REVIEW".equals(browser.findElement(By.id("trend-body")).getDomAttribute("data-kind")));
            assertEquals(readerRequest().get(trendPath + "&kind=FINAL_REVIEW").then().statusCode(200).extract()
                    .jsonPath().getList("items.roundCode"), attributes("#trend tbody tr", "data-round"));

            // the latest sơ kết before the tổng kết: this test's own, or another test's of the same period that
            // sorts after it in the shared system; the card shows the comparison with that one as the API gives it
            String with = browser.findElement(By.id("comparison")).getDomAttribute("data-with");
            assertEquals("MIDTERM_REVIEW", readerRequest().get("/api/v1/rounds/" + with).then().statusCode(200)
                    .extract().path("kind"), with);
            JsonPath comparison = readerRequest().get("/api/v1/statistics/rounds/" + FINAL + "/provinces/" + PROVINCE
                    + "/comparison?with=" + with).then().statusCode(200).extract().jsonPath();
            assertEquals("Tổng kết so với sơ kết", text("#comparison-title"));
            Map<String, String> expected = new LinkedHashMap<>();
            for (Map<String, Object> f : comparison.<Map<String, Object>>getList("figures")) {
                boolean rate = "RATE".equals(f.get("unit"));
                String name = "comparison." + f.get("figure");
                expected.put(name + ".value", rate ? percent(f.get("value"), true) : count(f.get("value"), true));
                expected.put(name + ".withValue", rate ? percent(f.get("withValue"), true) : count(f.get("withValue"), true));
                if (!rate && f.get("change") != null) {
                    long change = ((Number) f.get("change")).longValue();
                    expected.put(name + ".change", (change > 0 ? "+" : "") + count(change, true));
                }
            }
            Map<String, String> shown = new LinkedHashMap<>();
            for (WebElement e : browser.findElements(By.cssSelector("#comparison [data-figure]"))) {
                if (expected.containsKey(e.getDomAttribute("data-figure"))) {
                    shown.put(e.getDomAttribute("data-figure"), e.getText().trim());
                }
            }
            assertEquals(expected, shown, "the comparison as the API gives it");

            browser.findElement(By.id("map-2025")).click();
            awaitView(FINAL + "/" + PROVINCE + "/2025");
            assertTrue(browser.getCurrentUrl().endsWith("?map=2025"), browser.getCurrentUrl());
            JsonPath map = readerRequest().get("/api/v1/statistics/rounds/" + FINAL + "/provinces/" + PROVINCE
                    + "?boundaries=2025").then().statusCode(200).extract().jsonPath();
            assertEquals(count(map.getLong("agenciesReported")), text("[data-figure='agenciesReported']"));
            assertEquals(percent(map.get("reportingRate.value"), true), text("[data-figure='reportingRate']"));
            assertNoCspViolation();
            Axe.check(browser, "the 2025 map with the trend and the comparison");
            screenshot("dashboard-trend.png", false);
        } finally {
            browser.close();
            browser.switchTo().window(first);
        }
    }

    /** The lines the page must draw: each figure × round kind for which some point of that kind has a value. */
    private static List<String> expectedSeries(List<Map<String, Object>> points) {
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("ANNUAL", "MIDTERM_REVIEW", "FINAL_REVIEW")) {
            if (points.stream().anyMatch(p -> kind.equals(p.get("roundKind")))) {
                kinds.add(kind);
            }
        }
        Map<String, java.util.function.Function<Map<String, Object>, Object>> figures = new LinkedHashMap<>();
        figures.put("reportingRate", p -> ((Map<?, ?>) p.get("reportingRate")).get("value"));
        figures.put("onTimeRate", p -> ((Map<?, ?>) p.get("onTimeRate")).get("value"));
        figures.put("participation", p -> measureRate(p, "participation"));
        figures.put("commitments", p -> measureRate(p, "commitments"));
        List<String> series = new ArrayList<>();
        figures.forEach((name, value) -> kinds.forEach(kind -> {
            if (points.stream().anyMatch(p -> kind.equals(p.get("roundKind")) && value.apply(p) != null)) {
                series.add(name + "." + kind);
            }
        }));
        return series;
    }

    private static Object measureRate(Map<String, Object> point, String name) {
        Map<?, ?> measure = (Map<?, ?>) ((Map<?, ?>) point.get("measures")).get(name);
        return measure == null ? null : ((Map<?, ?>) measure.get("rate")).get("value");
    }

    // ---------- what the page shows, against the API ----------

    private void assertFiguresEqual(JsonPath s) {
        boolean vi = "vi".equals(script("return document.documentElement.lang"));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String name : List.of("agenciesExpected", "agenciesReported", "reportedOnTime", "agenciesMissing")) {
            expected.put(name, count(s.getLong(name), vi));
        }
        expected.put("reportingRate", percent(s.get("reportingRate.value"), vi));
        expected.put("onTimeRate", percent(s.get("onTimeRate.value"), vi));
        s.<String, Map<String, Object>>getMap("measures").forEach((name, m) -> measure(expected, "measures." + name, m, vi));
        s.<String, Map<String, Object>>getMap("emulationTitleMeasures")
                .forEach((key, m) -> measure(expected, "emulationTitleMeasures." + key, m, vi));
        for (String rule : List.of("ownPlan", "ownRegulation", "commitments", "models", "culturalStandard")) {
            expected.put("coverage." + rule + ".agencies", count(s.getLong("coverage." + rule + ".agencies"), vi));
            expected.put("coverage." + rule + ".of", count(s.getLong("coverage." + rule + ".of"), vi));
            expected.put("coverage." + rule + ".rate", percent(s.get("coverage." + rule + ".rate"), vi));
        }
        expected.put("models.total", count(s.getLong("models.total"), vi));
        expected.put("models.named", count(s.getLong("models.named"), vi));
        s.<String, Object>getMap("models.bySector").forEach((k, v) -> expected.put("models.bySector." + k, count(v, vi)));
        expected.put("directives.total", count(s.getLong("directives.total"), vi));
        // the views by agency kind and by bloc
        for (String by : List.of("byAgencyKind", "byBloc")) {
            String prefix = by.equals("byAgencyKind") ? "kind." : "bloc.";
            Map<String, Map<String, Object>> figures = s.getMap(by);
            if (figures != null) {
                figures.forEach((k, v) -> {
                    expected.put(prefix + k + ".agenciesExpected", count(v.get("agenciesExpected"), vi));
                    expected.put(prefix + k + ".agenciesReported", count(v.get("agenciesReported"), vi));
                });
            }
        }
        s.<String, Object>getMap("directives.byKind").forEach((k, v) -> expected.put("directives.byKind." + k, count(v, vi)));
        s.<String, Object>getMap("commendationsByYear").forEach((y, v) -> expected.put("commendationsByYear." + y, count(v, vi)));
        for (Map<String, Object> c : s.<Map<String, Object>>getList("commendations")) {
            expected.put("commendations." + c.get("form") + "." + c.get("recipientKind"), count(c.get("count"), vi));
        }
        for (Map<String, Object> title : s.<Map<String, Object>>getList("emulationTitles")) {
            expected.put("emulationTitles." + title.get("title") + "." + (title.get("year") == null ? "UNSPECIFIED"
                    : title.get("year")), count(title.get("count"), vi));
        }
        List<Map<String, Object>> cited = s.getList("citedDocuments");
        for (int i = 0; i < Math.min(10, cited.size()); i++) {
            expected.put("citedDocuments." + i + ".agencies", count(cited.get(i).get("agencies"), vi));
        }
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement e : browser.findElements(By.cssSelector("[data-figure]"))) {
            String name = e.getDomAttribute("data-figure");
            if (expected.containsKey(name)) {
                shown.put(name, e.getText().trim());
            }
        }
        assertEquals(expected, shown, "every figure on the page equals the API's");
        // the coverage panel has accessible names: its table, and its chart (role img)
        assertEquals(vi ? "Số cơ quan đã thực hiện" : "Agencies that acted",
                browser.findElement(By.id("coverage")).getDomAttribute("aria-label"));
        for (WebElement chart : browser.findElements(By.cssSelector(".chart[role='img']"))) {
            String name = chart.getDomAttribute("aria-label");
            assertTrue(name != null && !name.isBlank(), "every chart has a name");
        }
        assertTrue(expected.size() >= 20, "a meaningful number of figures: " + expected.size());
    }

    /** A measure: its rate, marked "ước tính" exactly when the API says estimated, and how it was stated. */
    private static void measure(Map<String, String> expected, String name, Map<String, Object> m, boolean vi) {
        expected.put(name + ".rate", percent(((Map<?, ?>) m.get("rate")).get("value"), vi));
        for (String part : List.of("agenciesStating", "withPercentOnly", "percentOnlyWithoutBase")) {
            expected.put(name + "." + part, count(m.get(part), vi));
        }
        assertEquals(Boolean.TRUE.equals(m.get("estimated")),
                !browser.findElements(By.cssSelector("[data-figure='" + name + ".estimated']")).isEmpty(),
                name + ".estimated is marked exactly when the API says so");
    }

    private void assertMissingAgenciesPageByPage() {
        String base = "/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE + "/missing-agencies?size=" + PAGE_SIZE;
        JsonPath first = readerRequest().get(base + "&page=0").then().statusCode(200).extract().jsonPath();
        JsonPath second = readerRequest().get(base + "&page=1").then().statusCode(200).extract().jsonPath();
        assertEquals(AGENCIES - 3, first.getInt("total"));
        assertEquals(first.getList("items.code"), attributes("#missing-agencies tbody tr", "data-agency"));
        assertEquals("Trang 1/2 · 11 cơ quan", text("#missing-page"));
        browser.findElement(By.id("missing-next")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(second.getList("items.code"),
                attributes("#missing-agencies tbody tr", "data-agency")));
        assertEquals("Trang 2/2 · 11 cơ quan", text("#missing-page"));
        browser.findElement(By.id("missing-previous")).click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(first.getList("items.code"),
                attributes("#missing-agencies tbody tr", "data-agency")));
    }

    private void assertNoCspViolation() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy") || entry.getMessage().contains("Refused to")) {
                violations.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), violations, "the page keeps to its CSP");
    }

    /** As the page writes a whole number: 1.234 in Vietnamese, 1,234 in English. */
    static String count(Object value, boolean vi) {
        String plain = String.format(java.util.Locale.ROOT, "%,d", ((Number) value).longValue());
        return vi ? plain.replace(',', '.') : plain;
    }

    static String count(long value) {
        return count(value, true);
    }

    /** As the page writes a rate: the percent with at most one decimal, "79,3 %"; a null rate is a dash. */
    static String percent(Object value, boolean vi) {
        if (value == null) {
            return "–";
        }
        BigDecimal p = new BigDecimal(value.toString()).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String plain = (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
        return (vi ? plain.replace('.', ',') : plain) + " %";
    }

    // ---------- the browser ----------

    /** The page for an API key (?apikey: where officers sign in at the identity provider, a key user asks for the form). */
    static String page(String hash) {
        return RunningSystem.get().gateway.url() + "/dashboard/?apikey" + hash;
    }

    static Path tool(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(path)) {
            String message = path + " is missing (apt-get install chromium chromium-driver; ./vhcs test installs them)";
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                throw new AssertionError(message + "; CI is set, so this is an error");
            }
            Assumptions.abort(message + "; skipped outside CI");
        }
        return path;
    }

    /** Debian's chromium through its chromedriver: nothing is downloaded (no Selenium Manager). */
    static WebDriver chrome(Path chromium, Path chromedriver) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=vi", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static String state() {
        return (String) script("return document.body.dataset.state");
    }

    private static void awaitState(String state) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> state.equals(state()));
    }

    private static void awaitView(String view) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "ready".equals(state())
                && view.equals(script("return document.body.dataset.view")));
    }

    private static void signIn(String key) {
        WebElement input = browser.findElement(By.id("api-key"));
        input.clear();
        input.sendKeys(key);
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
    }

    private static void choose(String select, String value) {
        new Select(browser.findElement(By.cssSelector(select))).selectByValue(value);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }

    /**
     * The figures card: a row per figure of the answer's `figures`, in the outline's order, under the catalogue's
     * label (no figure's name is written in the page), with how many agencies state it and its main number.
     */
    private void assertCatalogueFigures(JsonPath api) {
        Map<String, Map<String, Object>> figures = api.getMap("figures");
        assertEquals(List.copyOf(figures.keySet()), attributes("#figures tbody tr", "data-catalogue-figure"));
        List<Map<String, Object>> catalogue = readerRequest().get("/api/v1/figures?size=200").then().statusCode(200)
                .extract().jsonPath().getList("items");
        figures.forEach((code, f) -> {
            assertEquals(count(((Number) f.get("agenciesStating")).longValue()),
                    text("[data-figure='figures." + code + ".agenciesStating']"), code);
            String label = catalogue.stream().filter(d -> code.equals(d.get("code"))).findFirst()
                    .map(d -> String.valueOf(((Map<?, ?>) d.get("label")).get("vi"))).orElseThrow();
            assertEquals(label, text("[data-catalogue-figure='" + code + "'] th"), code);
        });
        Map<String, Object> participation = figures.get("participation");
        Object rate = ((Map<?, ?>) ((Map<?, ?>) participation.get("share")).get("rate")).get("value");
        assertEquals(percent(rate, true), text("[data-figure='figures.participation.value']"),
                "a share's main number is its rate");
    }

    private static List<String> attributes(String css, String attribute) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
    }

    /** The whole page into target/NAME; the README's picture (docs/) too when asked for. */
    private static void screenshot(String name, boolean docs) throws IOException {
        Dimension before = browser.manage().window().getSize();
        // the window is taller than the page it shows by the browser's own frame
        long height = ((Number) script("return document.documentElement.scrollHeight + window.outerHeight"
                + " - window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 16, 8000)));
        Path file = Path.of("target", name);
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(before);
        if (docs && Boolean.getBoolean("vhcs.dashboard.docs")) {
            Path doc = Path.of(System.getProperty("vhcs.root", "..")).resolve("docs").resolve(name);
            Files.createDirectories(doc.getParent());
            Files.copy(file, doc, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // ---------- data ----------

    private static io.restassured.specification.RequestSpecification readerRequest() {
        return given().header("Authorization", "Bearer " + readerKey);
    }

    private static io.restassured.response.Response statistics(String round) {
        return readerRequest().get("/api/v1/statistics/rounds/" + round + "/provinces/" + PROVINCE);
    }

    private static void registryAndReports() {
        round(EARLIER, "2022-01-01", "2022-12-31", "2023-01-31");
        round(ROUND, "2023-01-01", "2023-12-31", "2024-01-31");
        round(MIDTERM, "MIDTERM_REVIEW", "2019-06-14", "2022-03-31", "2022-04-30");
        round(FINAL, "FINAL_REVIEW", "2019-06-14", "2025-09-30", "2025-10-31");
        for (int i = 1; i <= AGENCIES; i++) {
            given().contentType(ContentType.JSON).body(Map.of("name", String.format("Cơ quan thử nghiệm %02d", i),
                    "kind", KINDS[i % KINDS.length], "provinceCode", PROVINCE, "blocCode", "TĐ" + (1 + i % 3)))
                    .put("/api/v1/agencies/" + agency(i)).then().statusCode(201);
        }
        Map<String, Object> cited = Map.of("kind", "DECISION", "issuer", "CITED", "issuedBy", "Thủ tướng Chính phủ",
                "number", "733/QĐ-TTg", "issuedOn", "2019-06-14", "title",
                "Phát động phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”");
        // the earlier round: two counted reports, one of them received on time
        submit(report(1, EARLIER, "2023-01-15", Map.of("total", 118, "participating", 110, "commitmentsSigned", 100)));
        submit(report(2, EARLIER, null, Map.of("total", 44, "participating", 40)));
        // this round: counts; percents with a headcount (estimated); a percent without one
        Map<String, Object> a = report(1, ROUND, "2024-01-20", Map.of("total", 120, "participating", 118,
                "commitmentsSigned", 115));
        a.put("memberUnits", Map.of("total", 8, "withCultureRules", 8, "withPlans", 7));
        a.put("modelsRegistered", 3);
        a.put("models", List.of(Map.of("name", "Mô hình thử nghiệm 1", "sector", "HEALTH"),
                Map.of("name", "Mô hình thử nghiệm 2", "sector", "ADMINISTRATION")));
        a.put("directives", List.of(own("PLAN", "12/KH-TN01", "2023-02-10"), own("DECISION", "30/QĐ-TN01", "2023-03-01"),
                cited));
        a.put("commendations", List.of(commendation("CERTIFICATE_OF_MERIT", "INDIVIDUAL", 2023, 12),
                commendation("MINISTRY_PROVINCE_MERIT", "COLLECTIVE", 2023, 1)));
        a.put("emulationTitles", List.of(Map.of("title", "ADVANCED_WORKER", "year", 2023, "count", 96)));
        submit(a);
        Map<String, Object> b = report(2, ROUND, "2024-02-10", Map.of("total", 45,
                "participating", Map.of("percent", 100, "qualifier", "APPROXIMATELY"),
                "commitmentsSigned", Map.of("percent", 95, "qualifier", "MORE_THAN")));
        b.put("models", List.of(Map.of("name", "Mô hình thử nghiệm 3", "sector", "EDUCATION")));
        b.put("directives", List.of(own("PLAN", "05/KH-TN02", "2023-02-20"), cited));
        b.put("commendations", List.of(commendation("PRAISE", "COLLECTIVE", 2023, 3)));
        submit(b);
        Map<String, Object> c = report(3, ROUND, null, Map.of("participating", Map.of("percent", 90)));
        c.put("directives", List.of(own("GUIDANCE", "02/HD-TN03", "2023-04-05")));
        c.put("commendations", List.of(commendation("CERTIFICATE_OF_MERIT", "INDIVIDUAL", 2023, 4)));
        c.put("emulationTitles", List.of(Map.of("title", "ADVANCED_WORKER", "count",
                Map.of("percent", 90, "qualifier", "AT_LEAST"))));
        submit(c);
        // the sơ kết: participation stated as a percent only; the tổng kết: one count, one percent
        submit(report(1, MIDTERM, null, Map.of("total", 110, "participating", Map.of("percent", 100),
                "commitmentsSigned", 100)));
        submit(report(1, FINAL, null, Map.of("total", 120, "participating", 118, "commitmentsSigned", 120)));
        submit(report(2, FINAL, null, Map.of("total", 45, "participating", Map.of("percent", 98,
                "qualifier", "MORE_THAN"))));
    }

    static String agency(int i) {
        return String.format("%s.TN%02d", PROVINCE, i);
    }

    static void round(String code, String start, String end, String due) {
        round(code, "ANNUAL", start, end, due);
    }

    static void round(String code, String kind, String start, String end, String due) {
        given().contentType(ContentType.JSON).body(Map.of("kind", kind, "periodStart", start, "periodEnd", end,
                "dueDate", due, "closesOn", "2099-12-31")).put("/api/v1/rounds/" + code).then().statusCode(201);
    }

    /** A report as the admin keys in a paper one (receivedOn decides on time) or a portal submits it (null). */
    static Map<String, Object> report(int agency, String round, String receivedOn, Map<String, Object> workforce) {
        Map<String, Object> report = new HashMap<>(Map.of("agencyCode", agency(agency), "roundCode", round,
                "workforce", workforce));
        if (receivedOn != null) {
            report.put("receivedOn", receivedOn);
        }
        return report;
    }

    static Map<String, Object> own(String kind, String number, String issuedOn) {
        return Map.of("kind", kind, "issuer", "SELF", "number", number, "issuedOn", issuedOn);
    }

    static Map<String, Object> commendation(String form, String recipient, int year, int count) {
        return Map.of("form", form, "recipientKind", recipient, "year", year, "count", count);
    }

    static void submit(Map<String, Object> report) {
        given().contentType(ContentType.JSON).body(report).post("/api/v1/reports").then().log().ifValidationFails()
                .statusCode(201);
    }
}
