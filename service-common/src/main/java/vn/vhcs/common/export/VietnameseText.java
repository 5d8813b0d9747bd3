package vn.vhcs.common.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.vhcs.common.i18n.Messages;
import vn.vhcs.contract.Figure;
import vn.vhcs.contract.Percentage;

/**
 * Figures and codes written the way a Vietnamese report writes them, for the spreadsheets and
 * documents people read: a figure as it was stated ("trên 95 %", "90 % trở lên", "khoảng 80 %"),
 * numbers with a decimal comma and dots between thousands (1.250; 92,5), codes by their
 * Vietnamese names (the CSV column titles' translations).
 */
public final class VietnameseText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseText() {
    }

    /** The figure as stated: a count, a percent, or both ("18 (90 %)"), with its qualifier in words. */
    public static String figure(Figure figure) {
        if (figure == null || figure.count() == null && figure.percent() == null) {
            return "";
        }
        String stated;
        if (figure.count() != null && figure.percent() != null) {
            stated = number(figure.count()) + " (" + percent(figure.percent()) + ")";
        } else if (figure.count() != null) {
            stated = number(figure.count());
        } else {
            stated = percent(figure.percent());
        }
        return qualified(stated, figure.qualifierOrExact());
    }

    /** An indicator as stated: "trên 95 %". */
    public static String percentage(Percentage percentage) {
        return percentage == null || percentage.percent() == null ? ""
                : qualified(percent(percentage.percent()), percentage.qualifierOrExact());
    }

    /** "trên", "hơn" MORE_THAN; "… trở lên" AT_LEAST; "khoảng" APPROXIMATELY; "dưới" LESS_THAN. */
    public static String qualified(String stated, Figure.Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> stated;
            case MORE_THAN -> "trên " + stated;
            case AT_LEAST -> stated + " trở lên";
            case APPROXIMATELY -> "khoảng " + stated;
            case LESS_THAN -> "dưới " + stated;
        };
    }

    /** 1.250 and 92,5: dots between thousands, a decimal comma, no trailing zeros. */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols());
        return format.format(value instanceof BigDecimal d ? d : new BigDecimal(value.toString()));
    }

    /** A percent as written: "92,5 %". */
    public static String percent(BigDecimal percent) {
        return number(percent) + " %";
    }

    /** A share (0.66667) as a percent with at most two decimals: "66,67 %"; empty when null. */
    public static String share(Double value) {
        return value == null ? ""
                : percent(BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP));
    }

    /** The Vietnamese name of a code (agency kind, sector, commendation form, title, directive kind); else the code. */
    public static String label(String code) {
        if (code == null) {
            return "";
        }
        String key = "statistics.column." + code;
        String text = Messages.get(Messages.VIETNAMESE, key);
        return text.equals(key) ? code : text;
    }

    /** 25/04/2022; empty when null. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Messages.VIETNAMESE);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return symbols;
    }
}
