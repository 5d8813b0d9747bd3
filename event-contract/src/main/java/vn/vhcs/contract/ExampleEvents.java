package vn.vhcs.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Example events of the contract, as JSON documents shipped in this module. The producer's tests
 * check that what it emits has the same shape; the consumer's tests feed them to the consumer.
 */
public enum ExampleEvents {
    REPORT_SUBMITTED("report-submitted.json"),
    /** A submission as schema 1 published it: consumers still read it (a rebuild replays old events). */
    REPORT_SUBMITTED_V1("report-submitted-v1.json"),
    REPORT_REVISED("report-revised.json"),
    REPORT_WITHDRAWN("report-withdrawn.json"),
    /** A board's decision: a ReportRevised event whose state carries the {@code review} standing on it. */
    REPORT_REVIEWED("report-reviewed.json"),
    PROVINCE_UPSERTED("province-upserted.json"),
    AGENCY_UPSERTED("agency-upserted.json"),
    ROUND_UPSERTED("round-upserted.json");

    private final String resource;

    ExampleEvents(String resource) {
        this.resource = resource;
    }

    /** The example exactly as documented. */
    public byte[] json() {
        try (InputStream in = ExampleEvents.class.getResourceAsStream("examples/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing example event " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
