package plandoc.load;

import plandoc.diagnostic.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import plandoc.diagnostic.SourcePosition;

/**
 * The keys of one YAML mapping, read strictly: a key not in the allowed list is reported with the
 * nearest valid one, and a missing required key is reported at the mapping.
 */
final class Fields {
    private final Nodes nodes;
    private final YamlNode.Mapping mapping;
    private final String context;
    private static final Set<String> CONTEXTS = Set.of("agencies.yaml", "agency", "appendices", "appendix", "article",
            "axis", "axis member", "budget", "budget group", "budget item", "document", "issuer", "labels", "objective",
            "objectives", "objectives group", "plan", "plan.yaml", "print", "province.yaml", "recipient", "section", "signature", "target", "task",
            "tasks", "tasks group", "totals row");
    /** Valid keys offered for a misspelt one: their absence is that one error, not a second. */
    private final Set<String> suggested = new java.util.HashSet<>();
    /**
     * The entry of each misspelt key, under the valid key it was offered ("idd: du-an" under "id"): read as that key,
     * so that what depends on it (the references to the id, a budget's amounts under its axes or decimals, a
     * decision's articles) is checked as the officer meant it, and the typo is the one error (s27).
     */
    private final java.util.Map<String, YamlNode.Entry> misspelt = new java.util.HashMap<>();

    Fields(Nodes nodes, YamlNode node, String context, List<String> allowed) {
        this.nodes = nodes;
        // Named in the reader's language ("một bảng kinh phí (budgets)"), not by the reader's English name.
        this.context = CONTEXTS.contains(context) ? "@load.context." + context.replace(' ', '-') : context;
        this.mapping = nodes.mapping(node).orElse(new YamlNode.Mapping(List.of(), node.at()));
        Set<String> valid = new LinkedHashSet<>(allowed);
        // The text block the entry above was a line of, when it was said to be one ("Email:" then "Hotline:").
        Optional<KeyAfterText.Block> pasted = Optional.empty();
        for (int i = 0; i < mapping.entries().size(); i++) {
            YamlNode.Entry entry = mapping.entries().get(i);
            nodes.keyed(entry.key(), entry.value());
            Optional<KeyAfterText.Block> above = pasted;
            pasted = Optional.empty();
            if (!valid.contains(entry.key())) {
                // A key typed in Vietnamese ("loại:"): the English key meant, read as it (no "missing type" after it).
                Optional<String> english = VietnameseKeys.meant(entry.key());
                if (english.isPresent()) {
                    if (valid.contains(english.get())) {
                        suggested.add(english.get());
                        if (mapping.entry(english.get()).isEmpty()) {
                            misspelt.putIfAbsent(english.get(), entry);
                        }
                        nodes.problems().error(entry.keyAt(), "key.vietnamese", entry.key(), this.context, english.get());
                    } else {
                        nodes.problems().error(entry.keyAt(), "key.vietnamese-none", entry.key(), this.context,
                                String.join(", ", valid));
                    }
                    continue;
                }
                // A key of a nearby section, put a level off: where it goes, before any near spelling.
                List<String> places = KeyPlaces.of(context, entry.key());
                if (!places.isEmpty()) {
                    String place = String.join(", ", places);
                    String under = places.get(0).substring(places.get(0).lastIndexOf('.') + 1);
                    nodes.problems().error(entry.keyAt(), places.size() == 1 ? "key.elsewhere" : "key.elsewhere-any",
                            entry.key(), this.context, place, under);
                    continue;
                }
                // A key but for its capital ("Text_after:", as Word starts a line) is that key, text above or not.
                String lower = entry.key().toLowerCase(java.util.Locale.ROOT);
                Optional<String> nearest = valid.contains(lower) ? Optional.of(lower)
                        : Suggestions.nearest(entry.key(), valid).or(() -> Suggestions.nearest(lower, valid))
                        .or(() -> sameStem(lower, valid));
                boolean capitalOnly = !lower.equals(entry.key()) && nearest.isPresent()
                        && Suggestions.nearest(lower, valid).equals(nearest);
                Optional<KeyAfterText.Block> text = KeyAfterText.before(mapping.entries(), i)
                        .or(() -> above.filter(b -> KeyAfterText.words(entry.key())));
                if (text.isPresent() && !capitalOnly && (nearest.isEmpty() || !KeyAfterText.keyLike(entry.key()))) {
                    pasted = text;
                    nodes.problems().error(entry.keyAt(), "key.text-outdented", entry.key(), text.get().key(),
                            text.get().line(), text.get().column());
                } else if (nearest.isPresent()) {
                    suggested.add(nearest.get());
                    if (mapping.entry(nearest.get()).isEmpty()) {
                        misspelt.putIfAbsent(nearest.get(), entry);
                    }
                    nodes.problems().error(entry.keyAt(), "key.unknown-suggest", entry.key(), this.context, nearest.get());
                } else {
                    nodes.problems().error(entry.keyAt(), "key.unknown", entry.key(), this.context, String.join(", ", valid));
                }
            }
        }
    }

    /**
     * The one valid key the typed one is another form of, too far apart letter by letter: the singular of a plural
     * ("appendix" for appendices), or a name with a word put before it ("sub_items" for items).
     */
    private static Optional<String> sameStem(String key, Set<String> valid) {
        if (key.length() < 5) {
            return Optional.empty();
        }
        String stem = key.substring(0, key.length() - 1);
        List<String> found = valid.stream().filter(v -> v.length() >= 4
                && (v.startsWith(stem) || key.endsWith("_" + v))).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    SourcePosition at() {
        return mapping.at();
    }

    /** Entries whose keys are not among {@code known}: for mappings that also hold axis ids. */
    List<YamlNode.Entry> entries() {
        return mapping.entries();
    }

    Optional<YamlNode> node(String key) {
        return entry(key).map(YamlNode.Entry::value);
    }

    Optional<SourcePosition> keyAt(String key) {
        return entry(key).map(YamlNode.Entry::keyAt);
    }

    /** The key's entry, or the misspelt key's that was told to be it. */
    private Optional<YamlNode.Entry> entry(String key) {
        return mapping.entry(key).or(() -> Optional.ofNullable(misspelt.get(key)));
    }

    /** Whether {@code key} was offered as the correction of a misspelt key (its absence then is that error). */
    boolean suggested(String key) {
        return suggested.contains(key);
    }

    boolean has(String key) {
        return entry(key).isPresent();
    }

    /** An optional value: absent or an explicit empty value both read as absent. */
    <T> Optional<T> optional(String key, Function<YamlNode, Optional<T>> read) {
        return given(key).flatMap(read);
    }

    /** The key's value unless it is absent or explicitly empty ({@code number:}). */
    Optional<YamlNode> given(String key) {
        return node(key).filter(n -> !(n instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL));
    }

    /** A required value; its absence is reported once, at the mapping. */
    <T> Optional<T> required(String key, Function<YamlNode, Optional<T>> read) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() && suggested.contains(key)) {
            return Optional.empty(); // "titel" was reported with "title" as its correction
        }
        if (node.isEmpty()) {
            nodes.problems().error(mapping.at(), "key.missing", key, context);
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.NULL
                || s.type() == YamlNode.ScalarType.STRING && s.text().isBlank())) {
            if (mapping.entry(key).isEmpty()) {
                return Optional.empty(); // "titel:" with no value: its misspelling is the error said
            }
            // "name:" or name: "": the key is there, its value is not; printed, it would be a blank line. A value
            // refused with an error of its own (!!binary) was read as empty: that error is the one.
            if (!nodes.problems().errorPositions().contains(s.at())) {
                nodes.problems().error(keyAt(key).orElse(s.at()), "key.empty", key, context);
            }
            return Optional.empty();
        }
        return read.apply(node.get());
    }

    <T> List<T> list(String key, Function<YamlNode, Optional<T>> read) {
        return node(key).map(n -> nodes.list(n).stream().map(read).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }
}
