package vn.vhcs.report.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vhcs.common.validation.Text;
import vn.vhcs.contract.ReviewDecision;

/** Body of {@code POST /reports/{id}/review}. */
@Schema(name = "ReviewRequest", additionalProperties = Schema.False.class, description = "The province board's "
        + "decision on the version of the report named by `If-Match`. `RETURNED` needs a `comment` (what to correct); "
        + "with `ACCEPTED` it is optional. Unknown fields are refused.")
public record ReviewRequest(
        @Schema(description = "`ACCEPTED` or `RETURNED`.") @NotNull ReviewDecision decision,
        @Schema(description = "Up to 2,000 characters; line breaks allowed. Required with `RETURNED`.",
                examples = "Bổ sung số liệu về khen thưởng năm 2021")
        @Size(max = 2000) @Text(multiline = true) String comment) {
}
