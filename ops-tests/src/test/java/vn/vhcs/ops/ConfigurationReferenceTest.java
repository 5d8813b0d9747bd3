package vn.vhcs.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/operations.md's configuration reference names only variables a service reads: one that nothing reads would
 * send an operator to set it (Kafka's TLS, say) and believe it done. Read is what {@link ServiceConfig} says of a
 * service's application.properties and its config mappings.
 */
class ConfigurationReferenceTest {

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*[A-Z0-9])`");

    /** The variables of the reference's first column, but patterns (`KAFKA_*`, `…_BURST`) and the image's own. */
    static Set<String> documented(String operations) {
        int start = operations.indexOf("## Configuration reference");
        assertTrue(start >= 0, "docs/operations.md has a Configuration reference");
        int end = operations.indexOf("\n## ", start + 1);
        Set<String> names = new LinkedHashSet<>();
        for (String line : operations.substring(start, end < 0 ? operations.length() : end).split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String first = line.substring(1, line.indexOf('|', 1));
            if (first.contains("*") || first.contains("…")) {
                // a family of names (`KAFKA_*`, `…_BURST`, "likewise …"): its first name, when it is one
                Matcher m = Pattern.compile("`([^`]+)`").matcher(first);
                if (m.find() && VARIABLE.matcher("`" + m.group(1) + "`").matches()) {
                    names.add(m.group(1));
                }
                continue;
            }
            Matcher m = VARIABLE.matcher(first);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void everyDocumentedVariableIsReadBySomeService() {
        Set<String> documented = documented(Repo.read(Repo.path("docs", "operations.md")));
        assertTrue(documented.size() > 20, "the reference's variables were found: " + documented);
        List<String> unread = new ArrayList<>();
        for (String variable : documented) {
            // our own names; QUARKUS_*, KAFKA_* and MP_* are the extensions' (Quarkus reads them all)
            if (variable.startsWith("VHCS_") && Repo.SERVICES.stream().noneMatch(s -> ServiceConfig.of(s).knows(variable))) {
                unread.add(variable);
            }
        }
        assertEquals(List.of(), unread, "documented in docs/operations.md, read by no service");
    }

    /** The check can fail: a name nothing reads, and one from a family of names, as the table writes them. */
    @Test
    void aVariableNothingReadsIsCaught() {
        Set<String> names = documented("""
                ## Configuration reference
                | variable | default | read by |
                |---|---|---|
                | `VHCS_KAFKA_CLIENT_SECURITY_PROTOCOL` | none | nothing |
                | `VHCS_OUTBOX_POLL_INTERVAL`, `VHCS_OUTBOX_BATCH_SIZE` | | report-service |
                | `KAFKA_*` (any, e.g. `KAFKA_SECURITY_PROTOCOL`) | | |
                | `VHCS_SECURITY_RATE_LIMITS_SUBMITTER_PER_SECOND`, `…_BURST` (likewise `READER`) | | gateway |
                ## Next
                | `VHCS_ELSEWHERE` | | |
                """);
        assertEquals(Set.of("VHCS_KAFKA_CLIENT_SECURITY_PROTOCOL", "VHCS_OUTBOX_POLL_INTERVAL", "VHCS_OUTBOX_BATCH_SIZE",
                "VHCS_SECURITY_RATE_LIMITS_SUBMITTER_PER_SECOND"), names);
        assertFalse(Repo.SERVICES.stream().anyMatch(s -> ServiceConfig.of(s).knows("VHCS_KAFKA_CLIENT_SECURITY_PROTOCOL")));
        assertTrue(ServiceConfig.of("report-service").knows("VHCS_OUTBOX_POLL_INTERVAL"));
        // read through a config mapping's default, with no property line
        assertTrue(ServiceConfig.of("gateway").knows("VHCS_WEBHOOKS_ROTATION_OVERLAP"));
    }
}
