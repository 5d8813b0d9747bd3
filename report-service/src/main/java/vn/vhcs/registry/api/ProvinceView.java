package vn.vhcs.registry.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.vhcs.registry.Province;

@Schema(name = "Province", description = "A province (tỉnh, thành phố trực thuộc trung ương) over its period of "
        + "validity. Vietnam went from 63 to 34 provinces on 1 July 2025 (Nghị quyết 202/2025/QH15).",
        requiredProperties = { "code", "name", "validFrom" })
public record ProvinceView(
        @Schema(description = "An official two-digit province code. Some codes were reused on 1 July 2025, so a code "
                + "means the province that had it on the date that matters (the end of a round's period).",
                pattern = "^[0-9]{2}$", examples = "70")
        String code,
        @Schema(examples = "Bình Phước")
        String name,
        @Schema(description = "First day of validity.", examples = "2008-08-01")
        LocalDate validFrom,
        @Schema(description = "Last day of validity; absent while the province exists.", examples = "2025-06-30")
        LocalDate validTo,
        @Schema(description = "The province it was merged into on 1 July 2025 (its code from that date); absent when "
                + "none.", pattern = "^[0-9]{2}$", examples = "75")
        String successorCode) {

    public static ProvinceView of(Province p) {
        return new ProvinceView(p.key.code(), p.name, p.key.validFrom(), p.validTo, p.successorCode);
    }
}
