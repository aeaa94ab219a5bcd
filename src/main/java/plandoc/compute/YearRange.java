package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of years, read from free text as printed: "2012-2013; 2016-2017", "1/2012-12/2012", "Từ 2015". */
public record YearRange(int from, int to) {
    private static final Pattern RANGE = Pattern.compile(
            "(?:\\d{1,2}/)?(\\d{4})\\s*[-–—]\\s*(?:\\d{1,2}/)?(\\d{4})|(?:\\d{1,2}/)?(\\d{4})");
    private static final Pattern SINCE = Pattern.compile("(?i)(từ|sau)\\s+(?:năm\\s+)?$");

    /** The first range of a text typed last year first ("2013-2012", "1/2013 - 12/2012"). */
    private static final Pattern TYPED_RANGE = Pattern.compile(
            "((?:\\d{1,2}/)?(\\d{4}))(\\s*[-–—]\\s*)((?:\\d{1,2}/)?(\\d{4}))");

    /**
     * A range typed last year first: where it starts in the text, its two years as typed, and the whole text with
     * that range written the right way round.
     */
    public record Reversed(int offset, String from, String to, String fixed) {
    }

    public static Optional<Reversed> reversed(String text) {
        Matcher m = TYPED_RANGE.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(5))) {
                String fixed = text.substring(0, m.start()) + m.group(4) + m.group(3) + m.group(1) + text.substring(m.end());
                return Optional.of(new Reversed(m.start(), m.group(2), m.group(5), fixed));
            }
        }
        return Optional.empty();
    }

    public boolean overlaps(YearRange other) {
        return from <= other.to && other.from <= to;
    }

    /** Every year range in a text; empty when it names no year (the check is then skipped). */
    public static List<YearRange> parse(String text) {
        List<YearRange> ranges = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                ranges.add(new YearRange(Math.min(a, b), Math.max(a, b)));
            } else {
                int year = Integer.parseInt(m.group(3));
                boolean open = SINCE.matcher(text.substring(0, m.start())).find();
                ranges.add(new YearRange(year, open ? 9999 : year));
            }
        }
        return ranges;
    }

    /** The years an axis member stands for ("2016-2020", "Năm 2021"), if its id or label names them. */
    public static Optional<YearRange> ofMember(String id, String label) {
        List<YearRange> fromId = parse(id);
        if (fromId.size() == 1) {
            return Optional.of(fromId.get(0));
        }
        List<YearRange> fromLabel = parse(label);
        return fromLabel.size() == 1 ? Optional.of(fromLabel.get(0)) : Optional.empty();
    }
}
