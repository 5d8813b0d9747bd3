package vn.vhcs.registry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoundKind", description = "`ANNUAL`, `MIDTERM_REVIEW` (sơ kết), `FINAL_REVIEW` (tổng kết).")
public enum RoundKind {
    ANNUAL,
    /** sơ kết */
    MIDTERM_REVIEW,
    /** tổng kết */
    FINAL_REVIEW
}
