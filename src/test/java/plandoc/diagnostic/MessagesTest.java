package plandoc.diagnostic;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The message bundles: complete in both languages, well-formed, and covering every key the code uses. */
class MessagesTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/plandoc/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** "%3$.0s" takes its argument and prints nothing: English leaves out the plan's Vietnamese noun ("nhiệm vụ"). */
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?(?:\\.0)?s");
    /** An argument of a counted English text, a {@link java.text.MessageFormat} pattern: {@code {0}}, {@code {1,choice,…}}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    /** The arguments a text prints, by number from 1 ({@code %s} in turn, {@code %2$s}, {@code {1}}). */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        if (pattern.contains(",choice,")) {
            Matcher m = ARGUMENT.matcher(pattern.replaceAll("'[^']*'", ""));
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)) + 1);
            }
            return out;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        int next = 1;
        while (m.find()) {
            out.add(m.group(1) == null ? next++ : Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)));
        }
        return out;
    }

    /**
     * The workbook's words (its check sheet, compute.CheckSheets): the workbook is Vietnamese whatever --lang, one of
     * the documents a department passes around, the same file on a Vietnamese and an English site, so these keys are
     * formatted with the Vietnamese bundle only and an English text of them could never be read (s21 re-read 6).
     */
    private static final String VIETNAMESE_ONLY = "xlsx.";

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vi = new TreeSet<>(bundle("messages_vi").stringPropertyNames());
        vi.removeIf(k -> k.startsWith(VIETNAMESE_ONLY));
        assertEquals(vi, new TreeSet<>(bundle("messages_en").stringPropertyNames()));
    }

    /** An English text of the workbook's words would be kept up for nobody. */
    @Test
    void theWorkbooksWordsAreVietnameseOnly() throws IOException {
        assertEquals(List.of(), bundle("messages_en").stringPropertyNames().stream()
                .filter(k -> k.startsWith(VIETNAMESE_ONLY)).sorted().toList());
        assertTrue(bundle("messages_vi").containsKey("xlsx.check.title"));
    }

    @Test
    void bothLanguagesTakeTheSameArguments() throws IOException {
        Properties vi = bundle("messages_vi");
        Properties en = bundle("messages_en");
        List<String> differ = new ArrayList<>();
        for (String key : vi.stringPropertyNames()) {
            if (en.containsKey(key) && !placeholders(vi.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                differ.add(key);
            }
        }
        assertEquals(List.of(), differ);
    }

    /** A stray % or a bad specifier would only show when the message is first printed, to a user. */
    @Test
    void everyPatternFormats() throws IOException {
        for (String name : List.of("messages_vi", "messages_en")) {
            Properties p = bundle(name);
            for (String key : p.stringPropertyNames()) {
                Object[] args = {"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"};
                assertDoesNotThrow(() -> String.format(p.getProperty(key), args), name + " " + key);
                if (p.getProperty(key).contains(",choice,")) {
                    // A count given as a number or as text (a problem's arguments), and other arguments as text.
                    Messages english = new Messages(java.util.Locale.ENGLISH);
                    for (Object count : new Object[] {0L, 1, "2", 15L}) {
                        Object[] counts = {count, count, count, count, count, count, count, count};
                        String text = assertDoesNotThrow(() -> english.text(key, counts), key);
                        assertFalse(text.contains("{") && !text.contains("{ref:"), key + ": " + text);
                        assertFalse(text.contains("'"), key + ": " + text);
                    }
                }
            }
        }
    }

    private static final Pattern KEY_LITERAL = Pattern.compile("\"@?([a-z]+(?:\\.[a-z0-9-]+)+)(?:\\|[^\"]*)?\"");

    /**
     * Every key written in the code (as a literal, or as an {@code @key|…} phrase) has a text in both
     * languages; keys completed at run time with "-suggest" have both forms. A missing text is an
     * internal error at the moment a user needs the message.
     */
    @Test
    void everyKeyTheCodeUsesHasATextInBothLanguages() throws IOException {
        Properties vi = bundle("messages_vi");
        Properties en = bundle("messages_en");
        Properties cliVi = bundle("cli_vi");
        Properties cliEn = bundle("cli_en");
        Set<String> used = new TreeSet<>();
        for (String pkg : List.of("load", "validate", "compute", "cli", "diagnostic")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/plandoc", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        // resource names, file names and system properties (picocli.disable.closures, user.home), not message keys
        used.removeIf(k -> k.startsWith("plandoc.") || k.startsWith("picocli.") || k.startsWith("user.")
                || k.endsWith(".yaml") || k.endsWith(".md"));
        List<String> missing = new ArrayList<>();
        for (String key : used) {
            boolean message = vi.containsKey(key) && (en.containsKey(key) || key.startsWith(VIETNAMESE_ONLY));
            boolean cli = cliVi.containsKey(key) && cliEn.containsKey(key);
            if (!message && !cli) {
                missing.add(key);
            }
            if (key.startsWith("ref.unknown") && !key.endsWith("-suggest")
                    && !(vi.containsKey(key + "-suggest") && en.containsKey(key + "-suggest"))) {
                missing.add(key + "-suggest");
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(true, used.contains("appendix.content") && used.contains("yaml.wrong-kind"), "the scan finds keys: " + used);
    }

    // Formatting

    private final Messages vi = new Messages(Messages.VIETNAMESE);
    private final Messages en = Messages.forLanguage("en");

    /** New-user review (session 12): English says "1 plan", "2 plans", never "plan(s)"; Vietnamese has no plural. */
    @Test
    void englishCountsTakeTheWordsPluralOnlyAfterAnotherNumberThanOne() throws IOException {
        Messages english = new Messages(java.util.Locale.ENGLISH);
        assertEquals("Checked 1 plan: 0 errors, 2 warnings.", english.text("cli.summary", 1, 0L, 2L));
        assertEquals("Checked 12 plans: 1 error, 1 warning.", english.text("cli.summary", 12, 1L, 1L));
        // A problem's arguments are text: a count among them is read as the number it is.
        assertEquals("khoản 1: 1 declared figure cannot be computed from the item rows (they give their breakdowns "
                + "only separately) but it lies within the range the item rows allow",
                english.format(new Message("declared.unverifiable", java.util.List.of("khoản 1", "1", "@noun.item"))));
        assertEquals("Đã kiểm tra 1 văn bản: 0 lỗi, 2 cảnh báo.",
                new Messages(Messages.VIETNAMESE).text("cli.summary", 1, 0L, 2L));
        List<String> guessed = new ArrayList<>();
        for (String name : List.of("messages_en", "cli_en", "site_en")) {
            Properties p = bundle(name);
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).matches("(?s).*[a-z]\\((s|es)\\).*"))
                    .filter(k -> !p.getProperty(k).contains("http(s)")).forEach(k -> guessed.add(name + " " + k));
        }
        assertEquals(List.of(), guessed, "an English text writes the plural it means");
    }

    @Test
    void aProblemIsPrintedGnuStyle() {
        Problem p = new Problem(Severity.ERROR, new SourcePosition("content/x/plan.yaml", 12, 5),
                Message.of("value.date-impossible", "2012-02-30"));
        assertEquals("content/x/plan.yaml:12:5: lỗi: ngày \"2012-02-30\" không có trên lịch", vi.format(p));
        assertEquals("content/x/plan.yaml:12:5: error: date \"2012-02-30\" does not exist", en.format(p));
        Problem w = new Problem(Severity.WARNING, new SourcePosition("plan.yaml", 1, 1),
                Message.of("warning.objective-unserved", "van-ban"));
        assertEquals("plan.yaml:1:1: cảnh báo: chỉ tiêu van-ban chưa có nhiệm vụ hay dự án nào phục vụ (serves)", vi.format(w));
    }

    /** A budget's own noun names its items in both languages; without one, a word right for any table. */
    @Test
    void budgetItemsAreCalledByThePlansNoun() {
        Message named = Message.of("budget.empty-group", "Đào tạo", Nouns.item(java.util.Optional.of("nhiệm vụ")));
        assertEquals("nhóm \"Đào tạo\" không có nhiệm vụ nào", vi.format(named));
        // s20 tryout 18: the plan's Vietnamese noun in an English sentence read as untranslated.
        assertEquals("group \"Đào tạo\" holds no item", en.format(named));
        Message neutral = Message.of("budget.empty-group", "Đào tạo", Nouns.item(java.util.Optional.empty()));
        assertEquals("nhóm \"Đào tạo\" không có khoản mục nào", vi.format(neutral));
        assertEquals("group \"Đào tạo\" holds no item", en.format(neutral));
        Message owner = Message.of("declared.mismatch", Nouns.numberedItem(java.util.Optional.of("nhiệm vụ"), 3, "giao-ban"),
                "@declared.total", "17", "12", "+5");
        assertEquals("nhiệm vụ số 3 (giao-ban): tổng ghi 17", vi.format(owner).substring(0, 37));
        assertEquals("item 3 (giao-ban): declared total 17", en.format(owner).substring(0, 36));
    }

    /** s20 tryout 18: "10.400" in an English message, where the English site prints "230,000". */
    @Test
    void figuresAreWrittenTheReadersWay() {
        Message m = Message.of("declared.mismatch", "@owner.item|3|giao-ban", "@declared.total",
                FigureArgument.of(new java.math.BigDecimal("10400.5"), 2), FigureArgument.of(new java.math.BigDecimal("-1234567"), 0),
                FigureArgument.signed(new java.math.BigDecimal("5"), 2));
        assertTrue(vi.format(m).startsWith("khoản mục số 3 (giao-ban): tổng ghi 10.400,50 nhưng tính được -1.234.567 (chênh lệch +5,00)"),
                vi.format(m));
        assertTrue(en.format(m).startsWith("item 3 (giao-ban): declared total 10,400.50 but computed -1,234,567 (difference +5.00)"),
                en.format(m));
        Message sum = Message.of("hint.nearest", FigureArgument.joined(List.of(new java.math.BigDecimal("63300"),
                new java.math.BigDecimal("143600")), 0, " + "));
        assertEquals("; có phải \"63.300 + 143.600\"?", vi.format(sum));
        assertEquals("; did you mean \"63,300 + 143,600\"?", en.format(sum));
    }

    /** Figures among words, and inside a phrase's arguments, are written the reader's way too (s22: split-disagree, summary-decimals). */
    @Test
    void figuresInsideTextsAndPhrasesAreWrittenTheReadersWay() {
        Message split = Message.of("budget.split-disagree", "@owner.item|1|so-hoa", FigureArgument.text("source: "
                + FigureArgument.marked(new java.math.BigDecimal("30000")) + " + " + FigureArgument.marked(new java.math.BigDecimal("1250.5"))
                + " = " + FigureArgument.marked(new java.math.BigDecimal("31250.50"))), "@noun.item");
        assertTrue(vi.format(split).contains("source: 30.000 + 1.250,5 = 31.250,5;"), vi.format(split));
        assertTrue(en.format(split).contains("source: 30,000 + 1,250.5 = 31,250.5;"), en.format(split));
        Message summary = Message.of("budget.summary-decimals", "tong-hop", "0", "1",
                "@summary.figure-converted|" + FigureArgument.marked(new java.math.BigDecimal("1234.5")) + "|tỷ đồng|chi-tiet|"
                        + FigureArgument.marked(new java.math.BigDecimal("1234500"), 1) + "|triệu đồng");
        assertTrue(vi.format(summary).contains("(bảng chi-tiet có 1.234,5 tỷ đồng, tức 1.234.500,0 triệu đồng)"), vi.format(summary));
        assertTrue(en.format(summary).contains("(budget chi-tiet has 1,234.5 tỷ đồng, that is 1,234,500.0 triệu đồng)"), en.format(summary));
    }

    @Test
    void phrasesInsideMessagesAreTranslatedToo() {
        Message m = Message.of("declared.mismatch", "@owner.item|3|giao-ban", "@declared.total", "17,00", "12,00", "+5,00");
        assertEquals("khoản mục số 3 (giao-ban): tổng ghi 17,00 nhưng tính được 12,00 (chênh lệch +5,00); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 17,00", vi.format(m));
        assertEquals("item 3 (giao-ban): declared total 17,00 but computed 12,00 (difference +5,00); correct the figure under declared: if it was mistyped, or the rows' amounts if the original document prints 17,00", en.format(m));
    }

    @Test
    void hints() {
        assertEquals("không có trục \"nguon\" ở cấp kế hoạch; có phải \"source\"? (các trục: source, year)",
                vi.format(Message.of("axis.unknown", "nguon", Hint.nearest(java.util.Optional.of("source")), "source, year")));
        assertEquals("không có trục \"x\" ở cấp kế hoạch (các trục: source, year)",
                vi.format(Message.of("axis.unknown", "x", Hint.nearest(java.util.Optional.empty()), "source, year")));
    }

    @Test
    void anArgumentStartingWithAtThatIsNoKeyIsKeptAsTyped() {
        assertEquals("tham chiếu tới mã \"@abc\" không tồn tại; ghi đúng id: của điều, mục, bảng, dòng hoặc phụ lục được "
                + "dẫn chiếu (plandoc tự in số của nó, ví dụ \"Điều 3\")", vi.format(Message.of("ref.unknown", "@abc")));
    }

    @Test
    void aMissingKeyFailsLoudly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> vi.text("khong.co.khoa.nay"));
        assertEquals("no message text for key khong.co.khoa.nay in vi", e.getMessage());
    }

    @Test
    void problemsAreSortedByPlaceAndDeduplicated() {
        Problems problems = new Problems();
        problems.warning(new SourcePosition("b.yaml", 1, 1), "warning.objective-unserved", "x");
        problems.error(new SourcePosition("a.yaml", 10, 2), "ref.unknown", "y");
        problems.error(new SourcePosition("a.yaml", 9, 30), "ref.unknown", "z");
        problems.error(new SourcePosition("a.yaml", 9, 30), "ref.unknown", "z");
        problems.error(new SourcePosition("a.yaml", 9, 4), "ref.unknown", "w");
        assertEquals(List.of("a.yaml:9:4", "a.yaml:9:30", "a.yaml:10:2", "b.yaml:1:1"),
                problems.sorted().stream().map(p -> p.at().toString()).toList());
        assertEquals(3, problems.errorCount(), "counted as printed: the duplicate once");
        assertEquals(1, problems.warningCount());
        assertEquals(true, problems.hasErrors());
    }
}
