package vn.vhcs.common.web;

/**
 * Characters no request may carry in its text (bodies, CSV cells, paths, query parameters,
 * headers): NUL and the other C0 controls but tab and line breaks (PostgreSQL refuses NUL, and
 * controls have no place in a report), a surrogate without its pair (a {@code \ud800} escape; it
 * cannot be stored as UTF-8 and would come back as {@code ?}), and the bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which Vietnamese never needs and which
 * make a name display other than it reads.
 */
public final class UnsafeText {

    /** What is wrong with a text; the message key is {@code text.<slug>}. */
    public enum Kind {
        CONTROL, SURROGATE, BIDI;

        public String messageKey() {
            return "text." + name().toLowerCase();
        }
    }

    private UnsafeText() {
    }

    /** The first unsafe thing in {@code value}, or null when there is none. */
    public static Kind find(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return Kind.CONTROL;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Kind.SURROGATE;
            }
            if (Character.isLowSurrogate(c)) {
                return Kind.SURROGATE;
            }
            if (bidi(c)) {
                return Kind.BIDI;
            }
        }
        return null;
    }

    /** Whether {@code c} is a bidirectional formatting character. */
    public static boolean bidi(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F'
                || c == '\u061C';
    }

    /** {@code value} with every unsafe character written as {@code \\uXXXX}, fit to name it in an answer. */
    public static String visible(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String one = String.valueOf(c);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                shown.append(c).append(value.charAt(++i));
            } else if (find(one) != null) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }
}
