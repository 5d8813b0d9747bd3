package vn.vhcs.report.draft.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.report.api.ReportRequest;
import vn.vhcs.report.draft.extraction.Evidence;

/** A draft as the API shows it: the proposed report, the document's text and the evidence of each field. */
@Schema(name = "Draft", description = "A report proposed from the agency's own document. Never a report by "
        + "itself: correct it with PUT, then submit it. A fact the document does not state is absent.")
public record DraftView(
        @Schema(format = "uuid", examples = "0b7e4a52-3c1d-4f6e-9a8b-5d2c1e0f7a93") UUID id,
        @Schema(examples = "70.SNGV") String agencyCode,
        @Schema(examples = "SO-KET-2022") String roundCode,
        @Schema(description = "`OPEN` (may be edited and submitted) or `SUBMITTED`.", enumeration = { "OPEN", "SUBMITTED" })
        String status,
        @Schema(description = "Increases with every edit; the `ETag`.", examples = "1") int version,
        @Schema(description = "The media type of the uploaded document.", examples = "text/plain") String mediaType,
        @Schema(description = "The document's text, normalised (NFC, broken lines joined, spaces collapsed): the "
                + "evidence's `start` and `end` point into it.")
        String text,
        @Schema(description = "The proposed report (contract v2), as last edited.") ReportRequest report,
        @Schema(description = "For each filled field: the quoted words, their place in `text`, a confidence. "
                + "Fields added by hand have none.")
        List<Evidence> evidence,
        @Schema(description = "The report the draft became, once submitted.", format = "uuid") UUID reportId,
        Instant createdAt,
        Instant updatedAt) {
}
