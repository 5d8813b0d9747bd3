package vn.vhcs.aggregation.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Copy of a report-service agency, from registry-events: who is expected to report. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    public String code;
    public String name;
    public String kind;
    @Column(name = "province_code")
    public String provinceCode;
    @Column(name = "parent_code")
    public String parentCode;
    public boolean active;
    public long revision;
}
