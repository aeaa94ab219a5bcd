package plandoc.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.AuthorNotes;
import plandoc.model.Plan;
import plandoc.model.Text;

/**
 * Broken words: a word of Vietnamese text that cannot be a Vietnamese syllable ("Phn mm", "tích hp",
 * "hệ thng", "htầng" — letters lost in a copy-paste) is a warning, with the common word one inserted
 * letter makes, when there is one. Only lower-case and capitalised words are read: acronyms and codes
 * (CNTT, QĐ-UBND, ISO), anything holding a digit, a hyphen, a dot, a slash or an @ (e-mail, URLs,
 * 4.0), single letters and roman numerals are not words; loanwords in common use (wifi, internet …,
 * {@code accepted-words.txt}) and the plan's own list ({@code <!-- plandoc từ … -->}) are accepted.
 */
final class WordRules {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** A run of non-space characters: a word with its punctuation. */
    private static final Pattern RUN = Pattern.compile("\\S+");
    private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");
    private static final Set<String> ACCEPTED = resource("accepted-words.txt");
    /**
     * Every Vietnamese letter, tones included, composed (NFC): the consonants, then each vowel with no
     * tone, huyền, sắc, ngã, hỏi, nặng. Written out rather than composed at start-up (issue 17);
     * {@code WordRulesTest} composes it again.
     */
    static final String LETTERS = "bcdđghklmnpqrstvx" + "aàáãảạ" + "ăằắẵẳặ" + "âầấẫẩậ" + "eèéẽẻẹ" + "êềếễểệ"
            + "iìíĩỉị" + "oòóõỏọ" + "ôồốỗổộ" + "ơờớỡởợ" + "uùúũủụ" + "ưừứữửự" + "yỳýỹỷỵ";
    private static final Set<Integer> ALPHABET = alphabet();

    /**
     * The common words a suggestion completes a broken word to: read on the first broken word, as
     * most checks find none (reading and normalising the list was ~5 ms of every cold check, issue 17).
     */
    private static final class Common {
        static final List<String> WORDS = List.copyOf(resourceList("common-syllables.txt"));
        static final Set<String> SET = Set.copyOf(WORDS);
    }

    void check(Plan plan, IdIndex index, Problems problems) {
        List<Text> texts = PlanTexts.all(plan);
        Set<String> accepted = new HashSet<>(ACCEPTED);
        accepted.addAll(index.ids()); // an id written in prose ("vbqppl", "tw") is a name, not a word
        plan.axes().forEach(a -> accepted.addAll(a.memberIds()));
        plan.budgets().forEach(b -> b.axes().forEach(a -> accepted.addAll(a.memberIds())));
        texts.forEach(t -> AuthorNotes.acceptedWords(t.literalText()).forEach(w ->
                accepted.add(Normalizer.normalize(w.toLowerCase(VI), Normalizer.Form.NFC))));
        java.util.Map<String, Boolean> known = new java.util.HashMap<>(); // a plan repeats its words
        for (Text text : texts) {
            String literal = text.literalText(); // not normalised here: offsets must stay the source's
            AuthorNotes.Scan notes = new AuthorNotes.Scan(literal);
            if (!lettersVietnamese(literal)) {
                continue; // letters outside the alphabet: legacy encodings (reported as such) or another language
            }
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            Matcher m = RUN.matcher(literal);
            while (m.find()) {
                if (notes.skip(m.start())) {
                    continue;
                }
                String run = m.group();
                if (run.indexOf('{') >= 0 || run.indexOf('}') >= 0) {
                    continue; // a reference the parser refused, reported there
                }
                String word = stripEdges(run);
                words.add(word);
                starts.add(m.start() + run.indexOf(word));
            }
            List<Integer> broken = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                // A plan repeats its words: each distinct one is judged once.
                if (!known.computeIfAbsent(words.get(i), w -> !isWord(w) || accepted.contains(lower(w))
                        || VietnameseSyllable.isSyllable(lower(w)))) {
                    broken.add(i);
                }
            }
            if (!broken.isEmpty() && typedWithoutMarks(words)) {
                // One cause for every broken word: the text was typed without Vietnamese input.
                problems.warning(text.positionOf(starts.get(0)), "text.no-diacritics", excerpt(words));
                continue;
            }
            for (int i : broken) {
                String word = words.get(i);
                String lower = lower(word);
                problems.warning(text.positionOf(starts.get(i)), "word.not-vietnamese", word,
                        suggestion(lower).map(s -> "@word.suggest|" + recase(s, word)).orElse("@hint.none"));
            }
        }
    }

    /**
     * A text of three words or more with no Vietnamese mark in any ("Ke hoach cai cach hanh chinh"), most of them
     * syllables once their marks are gone: Vietnamese typed without a Vietnamese keyboard, not a loanword here and
     * there, nor English ("Smart City Project"), whose words are mostly not syllables.
     */
    static boolean typedWithoutMarks(List<String> tokens) {
        List<String> words = tokens.stream().filter(WordRules::isWord).toList();
        if (words.size() < 3 || words.stream().anyMatch(w -> !w.chars().allMatch(c -> c < 128))) {
            return false;
        }
        long syllables = words.stream().filter(w -> VietnameseSyllable.isSyllable(lower(w))
                || VietnameseSyllable.isSyllable(lower(w) + "\u0301")).count();
        return syllables * 2 >= words.size();
    }

    /** The text's start as the warning quotes it: its first ten words. */
    private static String excerpt(List<String> words) {
        String text = String.join(" ", words.subList(0, Math.min(10, words.size())));
        return words.size() > 10 ? text + " …" : text;
    }

    /** The word without the punctuation and symbols around it ("(Phn", "hp;", "**thng**"). */
    private static String stripEdges(String run) {
        int start = 0;
        int end = run.length();
        while (start < end && !wordChar(run.charAt(start))) {
            start++;
        }
        while (end > start && !wordChar(run.charAt(end - 1))) {
            end--;
        }
        return run.substring(start, end);
    }

    private static String lower(String word) {
        return Normalizer.normalize(word.toLowerCase(VI), Normalizer.Form.NFC);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Whether every letter of {@code text} is a {@linkplain #vietnameseLetter Vietnamese letter}. */
    private static boolean lettersVietnamese(String text) {
        // A loop rather than a stream: it runs over every text of the plan in a cold JVM (issue 17).
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) && !vietnameseLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A letter of the Vietnamese alphabet (with its tones, either case), or an ASCII letter of a loanword. */
    private static boolean vietnameseLetter(int c) {
        return c < 128 || ALPHABET.contains(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static Set<Integer> alphabet() {
        Set<Integer> out = new HashSet<>();
        LETTERS.codePoints().forEach(c -> {
            out.add(c);
            out.add(Character.toUpperCase(c));
        });
        return out;
    }

    /** Letters only, lower case or capitalised, more than one letter, not a roman numeral. */
    static boolean isWord(String token) {
        if (token.length() < 2 || !allLetters(token)) {
            return false;
        }
        String rest = token.substring(1);
        if (!rest.equals(rest.toLowerCase(VI))) {
            return false; // CNTT, eGov, iPhone
        }
        return !ROMAN.matcher(token.toLowerCase(VI)).matches();
    }

    private static boolean allLetters(String token) {
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The most common word that one inserted letter makes of {@code broken}. */
    static Optional<String> suggestion(String broken) {
        Set<String> candidates = new HashSet<>();
        for (int i = 0; i <= broken.length(); i++) {
            for (int k = 0; k < LETTERS.length(); k++) {
                String candidate = broken.substring(0, i) + LETTERS.charAt(k) + broken.substring(i);
                if (Common.SET.contains(candidate)) {
                    candidates.add(candidate);
                }
            }
        }
        return Common.WORDS.stream().filter(candidates::contains).findFirst();
    }

    private static String recase(String word, String like) {
        return Character.isUpperCase(like.charAt(0)) ? word.substring(0, 1).toUpperCase(VI) + word.substring(1) : word;
    }

    private static Set<String> resource(String name) {
        return new HashSet<>(resourceList(name));
    }

    private static List<String> resourceList(String name) {
        List<String> out = new ArrayList<>();
        try (var in = WordRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> out.add(Normalizer.normalize(l.toLowerCase(VI), Normalizer.Form.NFC)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
