package vn.vhcs.aggregation.store;

import java.io.Serializable;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The kept statistics of a (round, province): its total ({@link #TOTAL} kind and bloc), or the
 * breakdown counters of one agency kind and bloc in it.
 */
@Entity
@Table(name = "statistics_cell")
public class StatisticsCell {

    /** The agency kind and bloc of the row holding every counter of a (round, province). */
    public static final String TOTAL = "*";

    @EmbeddedId
    public Key key;
    /** A {@link Tally} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String figures;
    /** Changes with every change to the (round, province): the total row's is the ETag of a read. */
    public long revision;
    /** When a report version that changed these figures was written. */
    public Instant updatedAt;

    @Embeddable
    public record Key(String roundCode, String provinceCode,
            String agencyKind, String blocCode)
            implements Serializable {

        public boolean total() {
            return TOTAL.equals(agencyKind);
        }
    }
}
