package vn.vhcs.testing;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples from the Prometheus text a service serves at /q/metrics. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /**
     * The sum of the series {@code name} whose labels contain every {@code label="value"} given;
     * 0 if there is none. Exemplars after the value are ignored.
     */
    public static double value(String name, String... labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?\\s+([0-9.eE+-]+)(\\s.*)?$")
                .matcher(text);
        while (m.find()) {
            String set = m.group(1) == null ? "" : m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= set.contains(label);
            }
            if (all) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
