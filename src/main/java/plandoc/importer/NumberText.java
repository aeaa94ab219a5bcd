package plandoc.importer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure typed as text, the ways Vietnamese sheets carry them: "1.447" and "1 447" (groups of
 * three), "1.447,5" (decimal comma), "1,447" (grouping the English way), "2,5" (decimal comma),
 * with "đ", "đồng" or spaces around. Groups of exactly three digits after a single separator are
 * read as thousands, which the importer reports so the officer can confirm it.
 */
final class NumberText {
    private static final Pattern UNIT = Pattern.compile("(?iu)\\s*(đồng|đ|vnđ|vnd)\\s*$");
    private static final Pattern SHAPE = Pattern.compile("[-+]?[0-9][0-9.,\\s\\u00a0]*");

    private NumberText() {
    }

    static Optional<BigDecimal> parse(String raw) {
        String text = UNIT.matcher(raw.strip()).replaceAll("").strip();
        if (text.isEmpty() || !SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        text = text.replaceAll("[\\s\\u00a0]", "");
        int dot = text.lastIndexOf('.');
        int comma = text.lastIndexOf(',');
        String normal;
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            normal = text.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (dot >= 0 || comma >= 0) {
            char separator = dot >= 0 ? '.' : ',';
            String[] parts = text.split(Pattern.quote(String.valueOf(separator)), -1);
            boolean grouped = parts.length > 1;
            for (int i = 1; i < parts.length; i++) {
                grouped &= parts[i].length() == 3;
            }
            if (grouped) {
                normal = text.replace(String.valueOf(separator), "");
            } else if (parts.length == 2) {
                normal = text.replace(separator, '.');
            } else {
                return Optional.empty();
            }
        } else {
            normal = text;
        }
        try {
            return Optional.of(new BigDecimal(normal));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
