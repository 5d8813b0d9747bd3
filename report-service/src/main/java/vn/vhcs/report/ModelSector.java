package vn.vhcs.report;

/** Sector of a model of good practice (mô hình). */
public enum ModelSector {
    ADMINISTRATION, HEALTH, EDUCATION, ENTERPRISE, PUBLIC_SERVICE, OTHER
}
