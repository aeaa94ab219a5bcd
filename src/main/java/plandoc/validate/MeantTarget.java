package plandoc.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Id;
import plandoc.model.IdKind;

/**
 * What a mistyped {@code {ref:}} most likely meant. Never the element the reference is written in: a sentence
 * does not refer to its own section (s20 tryout: "phu-luc-kinh-phi" typed in section "muc-kinh-phi" was offered
 * that section). A leading word naming a kind ("phu-luc-", "pl-", "muc-", "dieu-", "nhiem-vu-"…) looks among the
 * elements of that kind first, compared without their own kind word ("phu-luc-kinh-phi" → "pl-kinh-phi").
 */
public final class MeantTarget {
    /** A word an id may start with and the kinds it names; longer words first ("muc-tieu" before "muc"). */
    private record KindWord(String word, List<IdKind> kinds) {
    }

    private static final List<KindWord> WORDS = List.of(
            new KindWord("phu-luc", List.of(IdKind.APPENDIX)),
            new KindWord("pl", List.of(IdKind.APPENDIX)),
            new KindWord("muc-tieu", List.of(IdKind.OBJECTIVES, IdKind.OBJECTIVE)),
            new KindWord("chi-tieu", List.of(IdKind.OBJECTIVES, IdKind.OBJECTIVE)),
            new KindWord("muc", List.of(IdKind.SECTION)),
            new KindWord("phan", List.of(IdKind.SECTION)),
            new KindWord("dieu", List.of(IdKind.ARTICLE)),
            new KindWord("nhiem-vu", List.of(IdKind.TASKS, IdKind.TASK)),
            new KindWord("nv", List.of(IdKind.TASKS, IdKind.TASK)),
            new KindWord("kinh-phi", List.of(IdKind.BUDGET, IdKind.BUDGET_GROUP, IdKind.BUDGET_ITEM)),
            new KindWord("kp", List.of(IdKind.BUDGET, IdKind.BUDGET_GROUP, IdKind.BUDGET_ITEM)));

    private MeantTarget() {
    }

    /**
     * The element {@code typed} most likely names, among well-formed ids other than {@code owner}: of the kind its
     * leading word names if one is near enough, else the nearest of any kind.
     */
    public static Optional<IdIndex.Entry> of(String typed, Optional<Id> owner, IdIndex index) {
        List<IdIndex.Entry> candidates = index.all().stream()
                .filter(e -> IdRules.wellFormed(e.id().value()))
                .filter(e -> owner.map(o -> !o.value().equals(e.id().value())).orElse(true))
                .toList();
        Optional<KindWord> word = word(typed);
        if (word.isPresent()) {
            String rest = rest(typed, word.get());
            List<IdIndex.Entry> ofKind = candidates.stream().filter(e -> word.get().kinds().contains(e.kind())).toList();
            Optional<String> near = Suggestions.nearest(rest, ofKind.stream().map(e -> stripped(e.id().value())).toList());
            if (near.isPresent()) {
                return ofKind.stream().filter(e -> stripped(e.id().value()).equals(near.get()))
                        .min(Comparator.comparingInt(e -> e.id().value().length()));
            }
        }
        Optional<String> nearest = Suggestions.nearest(typed, candidates.stream().map(e -> e.id().value()).toList());
        return nearest.flatMap(n -> candidates.stream().filter(e -> e.id().value().equals(n)).findFirst());
    }

    /** The id starts with a word naming an appendix ("pl-", "phu-luc-"). */
    static boolean namesAppendix(String typed) {
        return word(typed).filter(w -> w.kinds().equals(List.of(IdKind.APPENDIX))).isPresent();
    }

    /** The message argument naming a kind: "phụ lục", "appendix". */
    static String kindNoun(IdKind kind) {
        return "@id-kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Optional<KindWord> word(String id) {
        return WORDS.stream().filter(w -> id.startsWith(w.word() + "-")).findFirst();
    }

    private static String rest(String id, KindWord word) {
        return id.substring(word.word().length() + 1);
    }

    /** The id without its leading kind word, "pl-kinh-phi" → "kinh-phi". */
    private static String stripped(String id) {
        return word(id).map(w -> rest(id, w)).orElse(id);
    }
}
