package vn.vhcs.report.draft.extraction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a filled field came from: the quoted text, its place in the draft's text, and how sure the rule is. */
@Schema(name = "DraftEvidence", description = "Where a filled field of the draft came from.")
public record Evidence(
        @Schema(description = "The field's path in the report, e.g. `directives[0].number`, `indicators.computerEquipmentPercent`.",
                examples = "directives[0].number")
        String field,
        @Schema(description = "The words of the document the value was read from.")
        String quote,
        @Schema(description = "Start of the quote in the draft's `text` (UTF-16 offset, inclusive).", examples = "120")
        int start,
        @Schema(description = "End of the quote in the draft's `text` (exclusive).", examples = "185")
        int end,
        @Schema(description = "How sure the rule is, 0–1: a numbered document 0.9, a percent bound to its measure "
                + "0.8, a narrative section 0.7, a model's name 0.4.", examples = "0.9")
        double confidence) {
}
