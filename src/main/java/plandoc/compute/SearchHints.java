package plandoc.compute;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Folding;
import plandoc.resolved.SearchHint;

/**
 * The examples of a search that finds nothing (s34 review M3): the number of the site's newest issued document and a
 * pair of words of its title, so every province's portal names its own documents (a fixed "424" and "Chuyển đổi số"
 * named Hà Tĩnh's, false elsewhere).
 */
public final class SearchHints {
    private static final Pattern NUMBER = Pattern.compile("^\\d+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /** Two words with only spaces between: a quote or comma between them is no phrase of the title. */
    private static final Pattern SPACES = Pattern.compile("\\p{Zs}+");

    private SearchHints() {
    }

    /**
     * The examples from the document numbered {@code numberSymbol} with {@code title}; {@code siteTitles} are the titles
     * of every document on the site. The pair is two neighbouring words, one at least with a Vietnamese mark (so typing
     * them without shows something), the one whose words are in the fewest of the site's titles (the example then
     * finds this document rather than every one); of equals the longest (two-letter words are weak examples), then the
     * first. None when the number does not start with digits (a draft's "/KH-UBND") or the title has no such pair.
     */
    public static Optional<SearchHint> of(String numberSymbol, String title, Collection<String> siteTitles) {
        Matcher number = NUMBER.matcher(numberSymbol);
        if (!number.find()) {
            return Optional.empty();
        }
        Map<String, Integer> titlesWith = new HashMap<>();
        for (String other : siteTitles) {
            words(other).stream().map(Folding::folded).distinct().forEach(w -> titlesWith.merge(w, 1, Integer::sum));
        }
        Optional<String> best = Optional.empty();
        int fewest = Integer.MAX_VALUE;
        Matcher word = WORD.matcher(title);
        String previous = null;
        int previousEnd = -1;
        while (word.find()) {
            String current = word.group();
            if (previous != null && SPACES.matcher(title.substring(previousEnd, word.start())).matches()
                    && (marked(previous) || marked(current))) {
                int count = titlesWith.getOrDefault(Folding.folded(previous), 0)
                        + titlesWith.getOrDefault(Folding.folded(current), 0);
                String pair = previous + " " + current;
                if (count < fewest || count == fewest && pair.length() > best.map(String::length).orElse(0)) {
                    fewest = count;
                    best = Optional.of(pair);
                }
            }
            previous = current;
            previousEnd = word.end();
        }
        return best.map(pair -> new SearchHint(number.group(), Folding.folded(pair), pair));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** Whether typing {@code word} without marks changes it: "đổi", "Hà", not "tin". */
    private static boolean marked(String word) {
        return !Folding.folded(word).equals(word.toLowerCase(java.util.Locale.ROOT));
    }
}
