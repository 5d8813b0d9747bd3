package vn.vhcs.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose document a directive is: the agency's own, or a higher one it cites and implements. */
@Schema(name = "DirectiveIssuer", description = "`SELF` the agency's own document (the default); `CITED` a higher "
        + "document it implements (e.g. Quyết định 733/QĐ-TTg of the Prime Minister).")
public enum DirectiveIssuer {
    SELF, CITED
}
