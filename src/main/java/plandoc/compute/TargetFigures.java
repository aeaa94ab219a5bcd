package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.resolved.ObjectiveData;

/**
 * Reads an objective's target as a typed figure from how it is printed: "≥ 80%", "100%", "đạt 90%",
 * "trên 95%", "không quá 5%", "tối thiểu 1.500 người". Only what reads unambiguously: the one percentage
 * of the text, or else its one number that is not a year; otherwise nothing (the text is always kept).
 */
final class TargetFigures {
    /** Vietnamese digits: "1.500" thousands, "80,5" decimals. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![\\d])");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** Words before the number, longest first so "không dưới" is not read as "dưới". */
    private static final List<String[]> COMPARATORS = List.of(
            new String[] {"không thấp hơn", "gte"}, new String[] {"không dưới", "gte"}, new String[] {"không ít hơn", "gte"},
            new String[] {"tối thiểu", "gte"}, new String[] {"ít nhất", "gte"}, new String[] {"≥", "gte"},
            new String[] {">=", "gte"}, new String[] {"không vượt quá", "lte"}, new String[] {"không quá", "lte"},
            new String[] {"không cao hơn", "lte"}, new String[] {"tối đa", "lte"}, new String[] {"≤", "lte"},
            new String[] {"<=", "lte"}, new String[] {"trên", "gt"}, new String[] {"hơn", "gt"}, new String[] {">", "gt"},
            new String[] {"dưới", "lt"}, new String[] {"<", "lt"});

    private TargetFigures() {
    }

    static Optional<ObjectiveData.Figure> read(String text) {
        List<MatchResult> percents = new ArrayList<>();
        List<MatchResult> plain = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (text.substring(m.end()).stripLeading().startsWith("%")) {
                percents.add(m.toMatchResult());
            } else if (m.group(2) != null || !YEAR.matcher(m.group(1)).matches()) {
                plain.add(m.toMatchResult());
            }
        }
        // "90% cấp tỉnh và 50% cấp xã" is two targets in one text: no single figure stands for it.
        boolean percent = percents.size() == 1;
        if (!percent && !(percents.isEmpty() && plain.size() == 1)) {
            return Optional.empty();
        }
        MatchResult chosen = percent ? percents.get(0) : plain.get(0);
        BigDecimal value = new BigDecimal(chosen.group(1).replace(".", "")
                + (chosen.group(2) == null ? "" : "." + chosen.group(2)));
        String before = text.substring(0, chosen.start()).strip().toLowerCase(Locale.ROOT);
        String comparator = "eq";
        for (String[] word : COMPARATORS) {
            if (before.endsWith(word[0])) {
                comparator = word[1];
                break;
            }
        }
        return Optional.of(new ObjectiveData.Figure(comparator, value, percent ? Optional.of("%") : Optional.empty(), false));
    }
}
