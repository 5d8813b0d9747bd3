package vn.vhcs.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;
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
        Axe.check(browser, "the upload form");
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
        // a form, not JSON: one field per figure with the quote it was read from beside it
        assertTrue(browser.findElements(By.tagName("textarea")).stream().noneMatch(t -> t.getDomProperty("value")
                .trim().startsWith("{")), "no raw JSON for the clerk");
        assertEquals("Phan Thế Huy", browser.findElement(By.cssSelector("[data-path='document.signerName'] input"))
                .getDomProperty("value"));
        assertTrue(browser.findElement(By.cssSelector("[data-evidence-for='document.signerName']")).getText()
                .contains("Phan Thế Huy"), "the signer's quote is beside the field");
        int directives = browser.findElements(By.cssSelector("fieldset[data-list='directives']")).size();
        assertTrue(directives >= 1, "the directives are a list of rows");
        browser.findElements(By.cssSelector("#evidence li button")).get(0).click();
        wait.until(d -> !d.findElements(By.cssSelector("#text mark.active")).isEmpty());
        Axe.check(browser, "the draft as a form");

        // a wrong figure: the API's message is shown next to its field, by its JSON path
        WebElement total = browser.findElement(By.cssSelector("[data-path='workforce.total'] input"));
        String before = total.getDomProperty("value");
        total.clear();
        total.sendKeys("-5");
        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-error-for='workforce.total']")).isDisplayed());
        assertFalse(text("[data-error-for='workforce.total']").isEmpty());
        assertEquals("true", total.getDomAttribute("aria-invalid"));
        Axe.check(browser, "a field with its error");
        total.clear();
        if (!before.isEmpty()) {
            total.sendKeys(before);
        }

        // a row added to a list, then removed: the list is what is saved
        browser.findElement(By.cssSelector("[data-action='add-directives']")).click();
        assertEquals(directives + 1, browser.findElements(By.cssSelector("fieldset[data-list='directives']")).size());
        List<WebElement> rows = browser.findElements(By.cssSelector("fieldset[data-list='directives']"));
        rows.get(rows.size() - 1).findElement(By.cssSelector("[data-action='remove-row']")).click();
        assertEquals(directives, browser.findElements(By.cssSelector("fieldset[data-list='directives']")).size());

        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().equals("Đã lưu dự thảo."));
        assertEquals(directives, browser.findElements(By.cssSelector("fieldset[data-list='directives']")).size());

        // in English too
        browser.findElement(By.id("lang-switch")).click();
        wait.until(d -> "en".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.documentElement.lang")));
        assertEquals("Signed by", text("[data-path='document.signerName'] label"));
        browser.findElement(By.id("lang-switch")).click();
        browser.findElement(By.id("submit")).click();
        wait.until(d -> d.findElement(By.id("message")).getText().startsWith("Đã nộp báo cáo"));
        given().get("/api/v1/reports?agency=27.P-VP&round=" + ROUND).then().statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(1));

        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            assertTrue(!entry.getMessage().contains("Content Security Policy"), "CSP violation: " + entry.getMessage());
            // the wrong figure's 4xx answer is logged by the browser as a failed load: expected
            boolean refused = entry.getMessage().contains("/api/v1/drafts/") && entry.getMessage().contains("status of 4");
            assertEquals(false, !refused && entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue(),
                    "browser error: " + entry.getMessage());
        }
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().trim();
    }
}
