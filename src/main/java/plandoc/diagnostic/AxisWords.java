package plandoc.diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names of axes and of {@code print:} entries written as their Vietnamese words: "nam" (năm) for {@code year},
 * "nguon" for {@code source}, "giai-doan" for {@code phase}, "tong" for {@code total}, whatever the axes' labels (s31
 * tryout: {@code money: [nam, …]} had no suggestion, the year axis being labelled "Thời gian thực hiện").
 */
public final class AxisWords {
    private static final Map<String, String> MEANT = Map.ofEntries(Map.entry("nam", "year"),
            Map.entry("cac-nam", "year"), Map.entry("theo-nam", "year"), Map.entry("thoi-gian", "year"),
            Map.entry("nguon", "source"), Map.entry("nguon-von", "source"), Map.entry("nguon-kinh-phi", "source"),
            Map.entry("von", "source"), Map.entry("giai-doan", "phase"), Map.entry("tong", "total"),
            Map.entry("tong-so", "total"), Map.entry("cong", "total"), Map.entry("tong-cong", "grand"));

    private AxisWords() {
    }

    /** The name among {@code names} that the Vietnamese word {@code typed} stands for; empty when none. */
    public static Optional<String> meant(String typed, List<String> names) {
        return Optional.ofNullable(MEANT.get(Folding.slug(typed))).filter(names::contains);
    }

    /** Whether {@code typed} is the Vietnamese word for a year ("nam", "năm", "các năm"). */
    public static boolean year(String typed) {
        return "year".equals(MEANT.get(Folding.slug(typed)));
    }
}
