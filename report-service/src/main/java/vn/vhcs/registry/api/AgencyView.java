package vn.vhcs.registry.api;

import java.time.Instant;

import vn.vhcs.registry.Agency;
import vn.vhcs.registry.AgencyKind;

public record AgencyView(String code, String name, AgencyKind kind, String provinceCode, String parentCode,
        boolean active, Instant createdAt, Instant updatedAt) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.code, a.name, a.kind, a.provinceCode, a.parentCode, a.active, a.createdAt, a.updatedAt);
    }
}
