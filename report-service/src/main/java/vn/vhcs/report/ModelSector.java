package vn.vhcs.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sector of a model of good practice (mô hình). */
@Schema(name = "ModelSector", description = "The sector of a model of good practice.")
public enum ModelSector {
    ADMINISTRATION, HEALTH, EDUCATION, ENTERPRISE, PUBLIC_SERVICE, OTHER
}
