package vn.vhcs.report;

/** Directive kinds: Kế hoạch, Quyết định, Hướng dẫn, Công văn, Quy chế, Chỉ thị, Nghị quyết, other. */
public enum DirectiveKind {
    PLAN, DECISION, GUIDANCE, OFFICIAL_LETTER, REGULATION, DIRECTIVE, RESOLUTION, OTHER
}
