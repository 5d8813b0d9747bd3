package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.http.ContentType;

/** The drafts page in a real headless Chromium: upload a seed, see its evidence highlighted, save, submit. */
@ExtendWith(RunningSystem.class)
class DraftsPageBrowserTest {

    static final String ROUND = "DRAFTS-PAGE-2022";
    static WebDriver browser;

    @BeforeAll
    static void registryAndBrowser() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "MIDTERM_REVIEW", "periodStart", "2019-06-14",
                "periodEnd", "2022-03-31", "dueDate", "2022-04-30", "closesOn", "2099-12-31"))
                .put("/api/v1/rounds/" + ROUND).then().statusCode(anyOf(is(200), is(201)));
        given().contentType(ContentType.JSON).body(Map.of("name", "Văn phòng UBND tỉnh", "kind", "OFFICE",
                "provinceCode", "27")).put("/api/v1/agencies/27.P-VP").then().statusCode(anyOf(is(200), is(201)));
        browser = DashboardBrowserTest.chrome(DashboardBrowserTest.tool("vhcs.chromium", "/usr/bin/chromium"),
                DashboardBrowserTest.tool("vhcs.chromedriver", "/usr/bin/chromedriver"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSeedIsUploadedReviewedAndSubmittedFromThePage() throws Exception {
        Path file = Files.createDirectories(Path.of("target")).resolve("vinh-phuc-so-ket.txt");
        Files.copy(DraftsThroughGatewayTest.SEEDS.resolve("vinh-phuc-van-phong-ubnd-so-ket-2022.txt"), file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.get(RunningSystem.get().gateway.url() + "/dashboard/drafts.html");
        browser.findElement(By.id("key")).sendKeys(RunningSystem.ADMIN_KEY);
        browser.findElement(By.id("agency")).sendKeys("27.P-VP");
        browser.findElement(By.id("round")).sendKeys(ROUND);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("draft")).isDisplayed());

        List<String> marks = browser.findElements(By.cssSelector("#text mark")).stream().map(m -> m.getText()).toList();
        assertTrue(marks.size() >= 8, "evidence highlighted: " + marks.size());
        assertTrue(marks.stream().anyMatch(m -> m.contains("2721/UBND-TH2")), "a cited document is highlighted");
        assertTrue(browser.findElement(By.id("report")).getDomProperty("value").contains("\"signerName\" : \"Phan Thế Huy\"")
                || browser.findElement(By.id("report")).getDomProperty("value").contains("\"signerName\": \"Phan Thế Huy\""));
        browser.findElements(By.cssSelector("#evidence li")).get(0).click();
        wait.until(d -> !d.findElements(By.cssSelector("#text mark.active")).isEmpty());

        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().equals("Đã lưu dự thảo."));
        browser.findElement(By.id("submit")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().startsWith("Đã nộp báo cáo"));
        given().get("/api/v1/reports?agency=27.P-VP&round=" + ROUND).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));

        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            assertTrue(!entry.getMessage().contains("Content Security Policy"), "CSP violation: " + entry.getMessage());
            assertEquals(false, entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue(),
                    "browser error: " + entry.getMessage());
        }
    }
}
