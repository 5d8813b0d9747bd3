package vn.vhcs.figures;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.vhcs.contract.figures.FigureDefinition;
import vn.vhcs.contract.figures.FigureKind;

/** A figure of the catalogue as stored; {@link FigureDefinition} is what the API and the events carry. */
@Entity
@Table(name = "figure_definition")
public class CatalogueFigure {

    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public FigureKind kind;
    public String labelVi;
    public String labelEn;
    public String descriptionVi;
    public String descriptionEn;
    @Enumerated(EnumType.STRING)
    public FigureDefinition.Base base;
    /** The levels of an ORDINAL, as the JSON of {@code List<FigureDefinition.Level>}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String levels;
    public String outline;
    public boolean breakdown;
    public String alias;
    public boolean standard;
    public boolean builtIn;
    public long revision;
    /** A built-in's definition as the code last shipped it (JSON); start-up rewrites the row only when it changes. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String shipped;
    public Instant updatedAt;
}
