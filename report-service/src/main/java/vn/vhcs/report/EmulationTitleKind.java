package vn.vhcs.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Danh hiệu thi đua; individual titles cannot outnumber the workforce. */
@Schema(name = "EmulationTitleKind", description = "Danh hiệu thi đua. Collective: "
        + "`GOVERNMENT_EMULATION_FLAG` Cờ thi đua của Chính phủ, `PROVINCIAL_EMULATION_FLAG` Cờ thi đua cấp bộ, "
        + "ngành, tỉnh, `EXCELLENT_LABOUR_COLLECTIVE` Tập thể lao động xuất sắc, `ADVANCED_LABOUR_COLLECTIVE` Tập thể "
        + "lao động tiên tiến, `CULTURAL_STANDARD_UNIT` cơ quan, đơn vị đạt chuẩn văn hóa. Individual: `NATIONAL_EMULATION_FIGHTER` Chiến sĩ thi đua toàn quốc, "
        + "`PROVINCIAL_EMULATION_FIGHTER` Chiến sĩ thi đua cấp bộ, ngành, tỉnh, `GRASSROOTS_EMULATION_FIGHTER` "
        + "Chiến sĩ thi đua cơ sở, `ADVANCED_WORKER` Lao động tiên tiến.")
public enum EmulationTitleKind {
    GOVERNMENT_EMULATION_FLAG(false),
    PROVINCIAL_EMULATION_FLAG(false),
    EXCELLENT_LABOUR_COLLECTIVE(false),
    ADVANCED_LABOUR_COLLECTIVE(false),
    /** Cơ quan, đơn vị đạt chuẩn văn hóa */
    CULTURAL_STANDARD_UNIT(false),
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
