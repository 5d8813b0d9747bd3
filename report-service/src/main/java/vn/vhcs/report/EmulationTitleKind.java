package vn.vhcs.report;

/** Danh hiệu thi đua; individual titles cannot outnumber the workforce. */
public enum EmulationTitleKind {
    GOVERNMENT_EMULATION_FLAG(false),
    PROVINCIAL_EMULATION_FLAG(false),
    EXCELLENT_LABOUR_COLLECTIVE(false),
    ADVANCED_LABOUR_COLLECTIVE(false),
    NATIONAL_EMULATION_FIGHTER(true),
    PROVINCIAL_EMULATION_FIGHTER(true),
    GRASSROOTS_EMULATION_FIGHTER(true),
    /** Lao động tiên tiến */
    ADVANCED_WORKER(true);

    private final boolean individual;

    EmulationTitleKind(boolean individual) {
        this.individual = individual;
    }

    public boolean individual() {
        return individual;
    }
}
