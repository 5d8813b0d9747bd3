package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.vhcs.testing.KeycloakServer;

/**
 * A province board officer works from the dashboard as herself, against the real Keycloak of the
 * running system: Chromium opens the page, is sent to Keycloak's login page, signs in as the BOARD
 * officer of 70 (authorization code + PKCE), lands on province 70, returns a report with a comment
 * from the review queue — and the report's audit trail names her —, downloads the workbook and the
 * Word report, locks the province, and signs out: the page then offers to sign in again and her old
 * refresh token no longer works. axe-core checks every state. The data are the test's own: a round
 * of its own in 70 and three agencies "Cơ quan thử nghiệm cán bộ …".
 */
@ExtendWith(RunningSystem.class)
class OfficerDashboardBrowserTest {

    static final String PROVINCE = "70";
    static final String ROUND = "OFFICER-2024";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static WebDriver browser;
    static final List<String> reports = new ArrayList<>();

    @BeforeAll
    static void dataAndBrowser() {
        DashboardBrowserTest.round(ROUND, "2024-01-01", "2024-12-31", "2099-01-31");
        for (int i = 1; i <= 3; i++) {
            String code = agency(i);
            // valid from 1/4/2022: not expected in SO-KET-2022 (ends 31/3/2022), whose figures for 70 EndToEndTest checks
            given().contentType(ContentType.JSON).body(Map.of("name", "Cơ quan thử nghiệm cán bộ " + i, "kind",
                    "PROVINCIAL_DEPARTMENT", "provinceCode", PROVINCE, "validFrom", "2022-04-01"))
                    .put("/api/v1/agencies/" + code).then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        }
        for (int i = 1; i <= 2; i++) {
            reports.add(given().contentType(ContentType.JSON).body(Map.of("agencyCode", agency(i), "roundCode", ROUND,
                    "workforce", Map.of("total", 20 + i, "participating", 20))).post("/api/v1/reports").then()
                    .statusCode(201).extract().path("id"));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().get("/api/v1/statistics/rounds/" + ROUND + "/provinces/" + PROVINCE).then().statusCode(200)
                        .body("agenciesReported", equalTo(2)));
        browser = DashboardBrowserTest.chrome(DashboardBrowserTest.tool("vhcs.chromium", "/usr/bin/chromium"),
                DashboardBrowserTest.tool("vhcs.chromedriver", "/usr/bin/chromedriver"));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aBoardOfficerSignsInReturnsAReportDownloadsLocksAndSignsOut() throws Exception {
        KeycloakServer keycloak = RunningSystem.get().keycloak;
        KeycloakServer.Officer officer = keycloak.officer("bich.board70", "BOARD", PROVINCE);
        String page = RunningSystem.get().gateway.url() + "/dashboard/";
        // the gateway signs officers in at this Keycloak: the page learns where from GET /dashboard/oidc.json
        given().get(page + "oidc.json").then().statusCode(200).body("issuer", equalTo(keycloak.issuer()))
                .body("clientId", equalTo("vhcs-dashboard"));

        // never asked for a key: the page sends her to the identity provider
        browser.get(page);
        wait(30).until(d -> d.getCurrentUrl().startsWith(keycloak.issuer()) && !d.findElements(By.id("username")).isEmpty());
        browser.findElement(By.id("username")).sendKeys(officer.username());
        browser.findElement(By.id("password")).sendKeys(officer.password());
        browser.findElement(By.id("kc-login")).click();

        // back on the page, signed in: her province's view first (of the latest round, which in a shared system may
        // be another test's without figures for 70 yet: the view is chosen all the same)
        wait(30).until(d -> d.getCurrentUrl().startsWith(page) && List.of("ready", "error").contains(state()));
        assertTrue(String.valueOf(script("return document.body.dataset.view")).endsWith("/" + PROVINCE),
                "a board officer lands on her province: " + script("return document.body.dataset.view"));
        assertTrue(!browser.getCurrentUrl().contains("code="), "the code is taken out of the address");
        assertNull(script("return sessionStorage.getItem('vhcs.dashboard.apiKey')"), "no key");
        assertNull(script("return localStorage.getItem('vhcs.oidc.tokens')"), "tokens stay in the tab");
        assertEquals(officer.username(), browser.findElement(By.id("who")).getDomAttribute("data-username"));
        assertEquals("BOARD", browser.findElement(By.id("who")).getDomAttribute("data-role"));
        assertEquals(PROVINCE, browser.findElement(By.id("who")).getDomAttribute("data-provinces"));

        browser.get(page + "#/rounds/" + ROUND + "/provinces/" + PROVINCE);
        awaitView(ROUND + "/" + PROVINCE);
        Axe.check(browser, "the board officer's province view");

        // the review queue: open the first report, return it with a comment
        String id = reports.get(0);
        String row = "#review-queue tr[data-report='" + id + "']";
        assertEquals("SUBMITTED", browser.findElement(By.cssSelector(row)).getDomAttribute("data-review-state"));
        browser.findElement(By.cssSelector(row + " [data-action='open']")).click();
        wait(5).until(d -> !d.findElements(By.id("comment-" + id)).isEmpty());
        Axe.check(browser, "a report opened for review");
        String comment = "Bổ sung số liệu về khen thưởng năm 2024";
        browser.findElement(By.id("comment-" + id)).sendKeys(comment);
        browser.findElement(By.cssSelector("[data-report-detail='" + id + "'] [data-action='return']")).click();
        wait(20).until(d -> "RETURNED".equals(d.findElement(By.cssSelector(row)).getDomAttribute("data-review-state")));
        JsonPath versions = given().get("/api/v1/reports/" + id + "/versions").then().statusCode(200).extract().jsonPath();
        int last = versions.getList("items").size() - 1;
        assertEquals("RETURNED", versions.getString("items[" + last + "].decision"));
        assertEquals(comment, versions.getString("items[" + last + "].comment"));
        assertTrue(versions.getString("items[" + last + "].actedBy").contains(officer.username()),
                "the audit trail names her: " + versions.getString("items[" + last + "].actedBy"));

        // both downloads, with the Bearer token, answer their files
        browser.findElement(By.cssSelector("[data-action='download-xlsx']")).click();
        wait(30).until(d -> XLSX.equals(d.findElement(By.id("download-result")).getDomAttribute("data-type")));
        assertEquals("200", browser.findElement(By.id("download-result")).getDomAttribute("data-status"));
        browser.findElement(By.cssSelector("[data-action='download-docx']")).click();
        wait(60).until(d -> DOCX.equals(d.findElement(By.id("download-result")).getDomAttribute("data-type")));
        assertEquals("200", browser.findElement(By.id("download-result")).getDomAttribute("data-status"));

        // the lock, by her
        browser.findElement(By.cssSelector("#lock [data-action='lock']")).click();
        wait(20).until(d -> "true".equals(d.findElement(By.id("lock")).getDomAttribute("data-locked")));
        JsonPath lock = given().get("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/lock").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(true, lock.getBoolean("locked"));
        assertTrue(lock.getString("lockedBy").contains(officer.username()), lock.getString("lockedBy"));
        assertTrue(browser.findElements(By.cssSelector("[data-action='unlock']")).isEmpty(), "only an admin unlocks");
        Axe.check(browser, "the province locked");

        // sign-out ends the session: the page offers to sign in again, and the old refresh token is dead
        String refresh = (String) script("return JSON.parse(sessionStorage.getItem('vhcs.oidc.tokens')).refresh");
        browser.findElement(By.id("sign-out")).click();
        wait(30).until(d -> d.getCurrentUrl().startsWith(page) && "signed-out".equals(state()));
        assertNull(script("return sessionStorage.getItem('vhcs.oidc.tokens')"));
        browser.navigate().refresh();
        wait(30).until(d -> "signed-out".equals(state()));
        assertTrue(!browser.findElements(By.id("oidc-sign-in")).isEmpty(), "the sign-in is offered");
        Axe.check(browser, "signed out");
        HttpResponse<String> renewal = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&client_id=vhcs-dashboard&refresh_token="
                        + URLEncoder.encode(refresh, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, renewal.statusCode(), "the old refresh token fails: " + renewal.body());

        // an admin may still use a key (?apikey): she unlocks with a reason, then the other report can be accepted
        browser.get(page + "?apikey#/rounds/" + ROUND + "/provinces/" + PROVINCE);
        wait(30).until(d -> "sign-in".equals(state()));
        browser.findElement(By.id("api-key")).sendKeys(RunningSystem.ADMIN_KEY);
        browser.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        awaitView(ROUND + "/" + PROVINCE);
        browser.findElement(By.id("unlock-reason")).sendKeys("Sở Tư pháp nộp bổ sung báo cáo");
        browser.findElement(By.cssSelector("[data-action='unlock']")).click();
        wait(20).until(d -> "false".equals(d.findElement(By.id("lock")).getDomAttribute("data-locked")));
        given().get("/api/v1/rounds/" + ROUND + "/provinces/" + PROVINCE + "/lock").then().statusCode(200)
                .body("locked", equalTo(false)).body("history[-1].reason", equalTo("Sở Tư pháp nộp bổ sung báo cáo"));
        String other = "#review-queue tr[data-report='" + reports.get(1) + "']";
        browser.findElement(By.cssSelector(other + " [data-action='open']")).click();
        browser.findElement(By.cssSelector("[data-report-detail='" + reports.get(1) + "'] [data-action='accept']")).click();
        wait(20).until(d -> "ACCEPTED".equals(d.findElement(By.cssSelector(other)).getDomAttribute("data-review-state")));
        Axe.check(browser, "an admin's view of the province, unlocked");

        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            assertTrue(!entry.getMessage().contains("Content Security Policy"), "CSP violation: " + entry.getMessage());
        }
    }

    static String agency(int i) {
        return String.format("%s.OFFICER%02d", PROVINCE, i);
    }

    private static WebDriverWait wait(int seconds) {
        // the page redraws its tables when an answer comes: an element found just before may be gone
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(seconds))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    private static String state() {
        return (String) script("return document.body.dataset.state");
    }

    private static void awaitView(String view) {
        wait(30).until(d -> "ready".equals(state()) && view.equals(script("return document.body.dataset.view")));
    }
}
