package vn.vhcs.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Directive kinds: Kế hoạch, Quyết định, Hướng dẫn, Công văn, Quy chế, Chỉ thị, Nghị quyết, other. */
@Schema(name = "DirectiveKind", description = "`PLAN` Kế hoạch, `DECISION` Quyết định, `GUIDANCE` Hướng dẫn, "
        + "`OFFICIAL_LETTER` Công văn, `REGULATION` Quy chế, `DIRECTIVE` Chỉ thị, `RESOLUTION` Nghị quyết, `OTHER`.")
public enum DirectiveKind {
    PLAN, DECISION, GUIDANCE, OFFICIAL_LETTER, REGULATION, DIRECTIVE, RESOLUTION, OTHER
}
