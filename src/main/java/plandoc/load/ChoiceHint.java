package plandoc.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Suggestions;

/**
 * The value an officer meant by one not in a key's fixed set: the nearest by spelling ({@code leter} → letter,
 * {@code Triệu đồng}, {@code tỉ đồng}, {@code per_group}), the one it begins ({@code triệu} → triệu đồng), or the
 * Vietnamese word or abbreviation for it ({@code ngang} → landscape, {@code trđ} → triệu đồng).
 */
final class ChoiceHint {
    /** Words and abbreviations written for a value in Vietnamese documents. */
    private static final Map<String, String> SAID = Map.of(
            "ngang", "landscape", "khổ ngang", "landscape", "dọc", "portrait", "khổ dọc", "portrait",
            "trđ", "triệu đồng", "tr.đ", "triệu đồng", "tr đ", "triệu đồng", "nghìn", "nghìn đồng", "ngàn đồng",
            "nghìn đồng");

    private ChoiceHint() {
    }

    static Optional<String> of(String value, List<String> choices) {
        String lower = value.strip().toLowerCase(java.util.Locale.ROOT);
        String said = SAID.get(lower);
        if (said != null && choices.contains(said)) {
            return Optional.of(said);
        }
        Optional<String> near = Suggestions.nearest(value.strip(), choices);
        if (near.isPresent()) {
            return near;
        }
        List<String> begun = choices.stream().filter(c -> lower.length() >= 2 && c.startsWith(lower)).toList();
        return begun.size() == 1 ? Optional.of(begun.get(0)) : Optional.empty();
    }
}
