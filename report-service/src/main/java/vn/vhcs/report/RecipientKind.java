package vn.vhcs.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who received a commendation. */
@Schema(name = "RecipientKind", description = "A collective (tập thể) or an individual (cá nhân).")
public enum RecipientKind {
    COLLECTIVE, INDIVIDUAL
}
