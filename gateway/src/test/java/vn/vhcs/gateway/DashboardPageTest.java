package vn.vhcs.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's static files are served without an API key, under a CSP that allows only the
 * gateway's own scripts and styles; the API behind them still needs a key. (The page itself is
 * driven in a real browser by e2e-tests' DashboardBrowserTest.)
 */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class DashboardPageTest {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void thePageAndItsFilesNeedNoKeyAndRunOnlyTheGatewaysOwnScripts() {
        given().header("Authorization", "").get("/dashboard/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", CSP)
                .header("X-Frame-Options", "DENY").header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .body(allOf(containsString("<html lang=\"vi\">"), containsString("<script type=\"module\" src=\"app.js\">"),
                        not(containsString("<script>")), not(containsString("style="))));
        for (String file : new String[] { "app.js", "api.js", "auth.js", "board.js", "charts.js", "dom.js", "drafts-form.js",
                "figures.js", "i18n.js", "series.js" }) {
            given().header("Authorization", "").get("/dashboard/" + file).then().statusCode(200)
                    .contentType(containsString("javascript"));
        }
        given().header("Authorization", "").get("/dashboard/dashboard.css").then().statusCode(200)
                .contentType(startsWith("text/css"));
    }

    @Test
    void echartsComesFromItsWebjarWithoutAVersionInThePath() {
        given().header("Authorization", "").get("/webjars/echarts/dist/echarts.esm.min.js").then().statusCode(200)
                .contentType(containsString("javascript")).body(containsString("echarts"));
    }

    @Test
    void theBareAddressesLeadToThePage() {
        for (String path : new String[] { "/", "/dashboard" }) {
            given().header("Authorization", "").redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", "/dashboard/");
        }
    }

    @Test
    void withoutAnIssuerOfficersDoNotSignInAndATokenIsJustABadKey() {
        given().header("Authorization", "").get("/dashboard/oidc.json").then().statusCode(404)
                .contentType("application/problem+json");
        // a well-formed JWT is not verified by anyone: it is an unknown key
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .get("/api/v1/rounds").then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void theApiBehindThePageStillNeedsAKey() {
        given().header("Authorization", "").get("/api/v1/rounds").then().statusCode(401)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().header("Authorization", "").get("/api/v1/statistics/rounds/R/national").then().statusCode(401);
    }
}
