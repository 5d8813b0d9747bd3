package vn.vhcs.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples from the Prometheus text a service serves at /q/metrics of its management interface. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /**
     * The sum of the series {@code name} whose labels contain every {@code label="value"} given;
     * 0 if there is none. Exemplars after the value are ignored (within the line: a match must never
     * run into the next series).
     */
    public static double value(String name, String... labels) {
        return value(ManagementInterface.given(), name, labels);
    }

    /** {@link #value(String, String...)} of the service whose management interface {@code on} addresses. */
    public static double value(io.restassured.specification.RequestSpecification on, String name, String... labels) {
        String text = on.get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})?[ \\t]+([0-9.eE+-]+)([ \\t].*)?$")
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
