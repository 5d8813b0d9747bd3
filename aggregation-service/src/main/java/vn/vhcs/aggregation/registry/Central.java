package vn.vhcs.aggregation.registry;

/**
 * The central bodies (ministries, central agencies: no province) as aggregation-service keeps them:
 * in a place of their own, {@value #PLACE}, which no province has, so that their cells, expected
 * agencies and reports follow the paths of a province's and are summed into the national figures only.
 */
public final class Central {

    /** The place of the central bodies: not a province code (those are two digits). */
    public static final String PLACE = "TW";

    private Central() {
    }

    /** The place of an agency or report: its province, or {@link #PLACE} when it has none. */
    public static String place(String provinceCode) {
        return provinceCode == null ? PLACE : provinceCode;
    }
}
