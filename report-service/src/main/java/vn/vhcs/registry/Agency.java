package vn.vhcs.registry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency (cơ quan, đơn vị) that reports. Never deleted: deactivated. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public AgencyKind kind;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "parent_code")
    public String parentCode;
    public boolean active;
    /** Increases with every change; registry events carry it so consumers keep the newest. */
    public long revision;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
