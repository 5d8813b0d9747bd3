package vn.vhcs.registry.api;

import java.time.LocalDate;

import vn.vhcs.registry.Province;

public record ProvinceView(String code, String name, LocalDate validFrom, LocalDate validTo, String successorCode) {

    public static ProvinceView of(Province p) {
        return new ProvinceView(p.key.code(), p.name, p.key.validFrom(), p.validTo, p.successorCode);
    }
}
