package vn.vhcs.aggregation.figures;

import java.util.List;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;

/** The copy of one figure definition, from its latest {@code FigureDefined} registry event. */
@Entity
@Table(name = "figure_definition")
public class FigureRow {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public FigureKind kind;
    @JdbcTypeCode(SqlTypes.JSON)
    public String label;
    @JdbcTypeCode(SqlTypes.JSON)
    public String description;
    @Enumerated(EnumType.STRING)
    public FigureDefinition.Base base;
    @JdbcTypeCode(SqlTypes.JSON)
    public String levels;
    public String outline;
    public boolean breakdown;
    public String alias;
    public boolean standard;
    public boolean builtIn;
    public long revision;
    /** A value of figure_catalogue_stamp taken at the last change: names the catalogue's state. */
    public long stamp;

    void set(FigureDefinition f) {
        kind = f.kind();
        label = write(f.label());
        description = f.description() == null ? null : write(f.description());
        base = f.base();
        levels = write(f.levels());
        outline = f.outline();
        breakdown = f.breakdown();
        alias = f.alias();
        standard = f.standard();
        builtIn = f.builtIn();
        revision = f.revision();
    }

    FigureDefinition definition() {
        try {
            return new FigureDefinition(code, kind, JSON.readValue(label, FigureDefinition.Labels.class),
                    description == null ? null : JSON.readValue(description, FigureDefinition.Labels.class), base,
                    JSON.readValue(levels, new TypeReference<List<FigureDefinition.Level>>() {
                    }), outline, breakdown, alias, standard, builtIn, revision);
        } catch (Exception e) {
            throw new IllegalStateException("unreadable figure definition " + code, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
