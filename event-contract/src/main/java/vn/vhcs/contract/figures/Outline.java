package vn.vhcs.contract.figures;

/** Sorting keys for outline places such as {@code III.1.c}: Roman and Arabic numbers by value, letters as letters. */
final class Outline {

    private Outline() {
    }

    static String key(String outline) {
        if (outline == null || outline.isBlank()) {
            return "~";
        }
        StringBuilder key = new StringBuilder();
        for (String part : outline.split("\\.")) {
            int roman = roman(part);
            if (roman > 0) {
                key.append(String.format("%04d", roman));
            } else if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                key.append(String.format("%04d", Integer.parseInt(part)));
            } else {
                key.append(part);
            }
            key.append('.');
        }
        return key.toString();
    }

    private static int roman(String part) {
        if (part.isEmpty() || !part.chars().allMatch(c -> "IVX".indexOf(c) >= 0)) {
            return 0;
        }
        int total = 0;
        int previous = 0;
        for (int i = part.length() - 1; i >= 0; i--) {
            int v = switch (part.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
