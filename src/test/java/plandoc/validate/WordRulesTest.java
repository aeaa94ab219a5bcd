package plandoc.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.TestPlans;

/**
 * The broken-word check (issue 14): the words of the issue, false positives on every bundled plan and
 * fixture, and recall on words made by deleting one letter from the real words of the bundled plans.
 * The measured figures are printed and quoted in docs/format.md.
 */
class WordRulesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void wordsBrokenInARealCopyPasteAreFlaggedWithASuggestion() {
        assertEquals(false, VietnameseSyllable.isSyllable("phn"));
        assertEquals(false, VietnameseSyllable.isSyllable("mm"));
        assertEquals(false, VietnameseSyllable.isSyllable("hp"));
        assertEquals(false, VietnameseSyllable.isSyllable("thng"));
        assertEquals(false, VietnameseSyllable.isSyllable("đng"));
        assertEquals(false, VietnameseSyllable.isSyllable("htầng"));
        assertEquals(true, VietnameseSyllable.isSyllable("to"), "\"Đào to\" lost a letter but \"to\" is a word");
        assertEquals(Optional.of("phần"), WordRules.suggestion("phn"));
        assertEquals(Optional.of("mềm"), WordRules.suggestion("mm"));
        assertEquals(Optional.of("hợp"), WordRules.suggestion("hp"));
    }

    @Test
    void lettersAreTheConsonantsAndEveryVowelWithEveryToneComposed() {
        StringBuilder composed = new StringBuilder("bcdđghklmnpqrstvx");
        for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
            for (String tone : List.of("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")) {
                composed.append(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        assertEquals(composed.toString(), WordRules.LETTERS);
    }

    @Test
    void realSyllablesPass() {
        for (String w : List.of("nghiêng", "quyết", "giữa", "gì", "gìn", "khuyến", "thuở", "hoạch", "khoẻ", "khỏe", "ngoằn",
                "quốc", "uỷ", "ủy", "yêu", "kiểm", "nghề", "đường", "tuyển", "xoong")) {
            assertTrue(VietnameseSyllable.isSyllable(Normalizer.normalize(w, Normalizer.Form.NFC)), w);
        }
        for (String w : List.of("ci", "ce", "gha", "ngha", "qa", "cac", "tẻt", "hóà", "bnh")) {
            assertEquals(false, VietnameseSyllable.isSyllable(w), w);
        }
    }

    @Test
    void reportedAtTheWordWithTheSuggestion(@TempDir Path dir) {
        PlanOutcome outcome = TestPlans.resolve(dir, TestPlans.DECISION + """
                plan:
                  sections:
                    - id: a
                      title: Ứng dụng
                      text: |
                        Phn mm quản lý, tích hp với hệ thng; UBND, QĐ-UBND, e-mail, wifi, ISO 9001, https://hatinh.gov.vn.
                        Zalo của <!-- plandoc từ Zalo --> sở; Mobifone. <!-- plandoc giữ nguyên -->
                """);
        List<String> words = TestPlans.messages(outcome).stream().filter(m -> m.contains("âm tiết"))
                .map(m -> m.substring(m.indexOf("plan.yaml:"))).toList();
        assertEquals(List.of(
                "plan.yaml:30:9: cảnh báo: \"Phn\" không phải một âm tiết tiếng Việt (có thể mất chữ khi sao chép); có phải \"Phần\"?; "
                        + "nếu từ này đúng, thêm nó vào danh sách <!-- plandoc từ … --> của kế hoạch",
                "plan.yaml:30:13: cảnh báo: \"mm\" không phải một âm tiết tiếng Việt (có thể mất chữ khi sao chép); có phải \"mềm\"?; "
                        + "nếu từ này đúng, thêm nó vào danh sách <!-- plandoc từ … --> của kế hoạch",
                "plan.yaml:30:30: cảnh báo: \"hp\" không phải một âm tiết tiếng Việt (có thể mất chữ khi sao chép); có phải \"hợp\"?; "
                        + "nếu từ này đúng, thêm nó vào danh sách <!-- plandoc từ … --> của kế hoạch",
                "plan.yaml:30:40: cảnh báo: \"thng\" không phải một âm tiết tiếng Việt (có thể mất chữ khi sao chép); có phải \"thông\"?; "
                        + "nếu từ này đúng, thêm nó vào danh sách <!-- plandoc từ … --> của kế hoạch"),
                words);
    }

    /** False positives: no word warning on any bundled plan or fixture (their acceptances included). */
    @Test
    void noFalseAlarmOnTheBundledPlansAndFixtures() throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> plans = Files.list(Path.of("content"))) {
            plans.filter(Files::isDirectory).forEach(folders::add);
        }
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/resources/fixtures"))) {
            fixtures.filter(Files::isDirectory).forEach(folders::add);
        }
        Generator generator = new Generator(Path.of(""));
        List<String> alarms = new ArrayList<>();
        for (Path folder : folders) {
            generator.resolve(folder).problems().sorted().stream()
                    .filter(p -> p.message().key().startsWith("word.")).forEach(p -> alarms.add(p.at() + " " + p.message()));
        }
        assertEquals(List.of(), alarms);
        System.out.println("WordRules false positives: " + alarms.size() + " on " + folders.size() + " plans");
    }

    /**
     * Recall on corrupted words: every one-letter deletion of every distinct lower-case word of the bundled
     * plans. A deletion that leaves a real syllable ("tầng" → "tần") cannot be caught by a syllable check:
     * both figures are printed.
     */
    @Test
    void recallOnWordsMissingOneLetter() throws IOException {
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> plans = Files.list(Path.of("content"))) {
            for (Path p : plans.filter(Files::isDirectory).toList()) {
                String text = Normalizer.normalize(Files.readString(p.resolve("plan.yaml")), Normalizer.Form.NFC);
                for (String w : text.split("[^\\p{L}]+")) {
                    if (w.length() > 1 && w.equals(w.toLowerCase(VI)) && VietnameseSyllable.isSyllable(w)) {
                        words.add(w);
                    }
                }
            }
        }
        TreeSet<String> corrupted = new TreeSet<>();
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                String c = w.substring(0, i) + w.substring(i + 1);
                if (c.length() > 1 && !words.contains(c)) {
                    corrupted.add(c);
                }
            }
        }
        long flagged = corrupted.stream().filter(c -> !VietnameseSyllable.isSyllable(c)).count();
        // What a lossy copy-paste does: the letters outside ASCII (ầ, ợ, ố, ạ, đ …) are dropped.
        TreeSet<String> lossy = new TreeSet<>();
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                String c = w.substring(0, i) + w.substring(i + 1);
                if (w.charAt(i) > 127 && c.length() > 1 && !words.contains(c)) {
                    lossy.add(c);
                }
            }
        }
        long lossyFlagged = lossy.stream().filter(c -> !VietnameseSyllable.isSyllable(c)).count();
        System.out.printf(Locale.ROOT, "WordRules recall, non-ASCII letter lost: %d of %d (%.1f%%)%n", lossyFlagged,
                lossy.size(), 100.0 * lossyFlagged / lossy.size());
        List<String> issue = List.of("phn", "mm", "hp", "thng", "đng", "htầng", "to");
        long issueFlagged = issue.stream().filter(c -> !VietnameseSyllable.isSyllable(c)).count();
        double recall = (double) flagged / corrupted.size();
        System.out.printf(Locale.ROOT, "WordRules recall: %d of %d corrupted words (%.1f%%) from %d real words; issue words %d of %d%n",
                flagged, corrupted.size(), 100 * recall, words.size(), issueFlagged, issue.size());
        assertEquals(6, issueFlagged);
        assertTrue(recall > 0.35, "recall " + recall);
        assertTrue((double) lossyFlagged / lossy.size() > 0.5, "recall on lost non-ASCII letters");
    }

    /** Vietnamese typed without marks is one cause, told once; English or a marked text is not it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Ke hoach cai cach hanh chinh,true", "Cai thien moi truong,true",
            "Smart City Platform,false", "Kế hoạch cai cach hành chính,false", "hanh chinh,false"})
    void aTextWithNoMarkIsTypedWithoutMarks(String text, boolean expected) {
        org.junit.jupiter.api.Assertions.assertEquals(expected,
                WordRules.typedWithoutMarks(java.util.List.of(text.split(" "))), text);
    }
}
