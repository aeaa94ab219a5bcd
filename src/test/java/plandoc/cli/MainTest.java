package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/** Exit codes, languages and usage messages of {@code plandoc}. */
class MainTest {
    private static final String CLEAN_PLAN = "src/test/resources/errors/../../../../content/ha-tinh-4086-2012";

    private static void assertNoStackTrace(Cli.Result result) {
        String all = result.outText() + "\n" + result.errText();
        assertFalse(all.contains("Exception"), all);
        assertFalse(all.contains("\tat "), all);
    }

    @Test
    void aCleanPlanExitsZero(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("ke-hoach");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plan.yaml"), TestPlans.DECISION);
        Cli.Result result = Cli.run("check", folder.toString());
        assertEquals(0, result.exit());
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 0 lỗi, 0 cảnh báo."), result.out());
        assertEquals(List.of(), result.err());
    }

    @Test
    void aContentFolderOfSeveralPlans(@TempDir Path dir) throws IOException {
        for (String slug : List.of("a", "b", "_nhap")) {
            Files.createDirectories(dir.resolve(slug));
            Files.writeString(dir.resolve(slug).resolve("plan.yaml"), TestPlans.DECISION);
        }
        Files.writeString(dir.resolve("b").resolve("plan.yaml"), TestPlans.DECISION.replace("date: 2012-12-28", "date: 2012-13-28"));
        Cli.Result result = Cli.run("check", dir.toString());
        assertEquals(1, result.exit());
        assertEquals(List.of("Đã kiểm tra 2 văn bản: 1 lỗi, 0 cảnh báo."), result.out(), "folders starting with _ are skipped");
        assertEquals(1, result.err().size());
        assertTrue(result.err().get(0).endsWith("b/plan.yaml:10:9: lỗi: ngày \"2012-13-28\" không có trên lịch: tháng 13 không có (tháng từ 01 đến 12); viết năm-tháng-ngày, ví dụ 2026-03-12"),
                result.errText());
    }

    @Test
    void contentProblemsExitOne() {
        Cli.Result result = Cli.run("check", "src/test/resources/errors/duplicate-id");
        assertEquals(1, result.exit());
        // Its missing Nơi nhận and the case's expected.txt, a file the plan does not read.
        assertEquals(List.of("Đã kiểm tra 1 văn bản: 1 lỗi, 2 cảnh báo."), result.out());
    }

    @Test
    void warningsExitZeroUnlessStrict() {
        assertEquals(0, Cli.run("check", "src/test/resources/errors/warnings").exit());
        assertEquals(1, Cli.run("check", "src/test/resources/errors/warnings", "--strict").exit());
        assertEquals(1, Cli.run("check", "--strict", "src/test/resources/errors/warnings").exit());
    }

    @Test
    void checkGivenAPlanFileChecksItsFolder() {
        Cli.Result folder = Cli.run("check", "src/test/resources/errors/duplicate-id");
        Cli.Result file = Cli.run("check", "src/test/resources/errors/duplicate-id/plan.yaml");
        assertEquals(1, file.exit(), file.errText());
        assertEquals(folder.err(), file.err());
        assertEquals(folder.out(), file.out());
        Cli.Result other = Cli.run("check", "src/test/resources/errors/warnings/expected.txt");
        assertEquals(2, other.exit());
        assertEquals(List.of("lỗi: src/test/resources/errors/warnings/expected.txt là một tệp; hãy đưa thư mục của kế hoạch"
                + " (thư mục chứa plan.yaml) hoặc thư mục content", "Có phải ý bạn là \"src/test/resources/errors/warnings\"?"),
                other.err());
    }

    @Test
    void checkTakesTheContentFolderAsBuildDoes() {
        Cli.Result positional = Cli.run("check", "src/test/resources/errors/duplicate-id");
        Cli.Result option = Cli.run("check", "--content", "src/test/resources/errors/duplicate-id");
        assertEquals(1, option.exit(), option.errText());
        assertEquals(positional.err(), option.err());
        Cli.Result both = Cli.run("check", "src/test/resources/errors/warnings", "--content", "src/test/resources/errors/duplicate-id");
        assertEquals(2, both.exit());
        assertEquals(List.of("lỗi: hai thư mục nội dung: src/test/resources/errors/warnings và --content"
                + " src/test/resources/errors/duplicate-id; chỉ đưa một (thư mục của một kế hoạch thì đưa thư mục đó,"
                + " bỏ --content: thư mục nội dung là thư mục chứa nó)"), both.err());
    }

    /** s20 tryout 14: "build --content ../c4 ../c4/ha-tinh-424-2022" was refused as two content folders. */
    @Test
    void aPlanFolderInsideTheContentFolderGivenIsThatPlan() throws java.io.IOException {
        Cli.Result positional = Cli.run("check", "src/test/resources/errors/duplicate-id");
        Cli.Result inside = Cli.run("check", "--content", "src/test/resources/errors", "src/test/resources/errors/duplicate-id");
        assertEquals(1, inside.exit(), inside.errText());
        assertEquals(positional.err(), inside.err());
        assertEquals(positional.out(), inside.out());
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("plandoc-main-test");
        try {
            Cli.Result build = Cli.run("build", "--content", "src/test/resources/errors/",
                    "src/test/resources/errors/duplicate-id", "--out", out.resolve("site").toString());
            assertEquals(1, build.exit(), "the plan's own errors, not a usage error: " + build.errText());
        } finally {
            try (var files = java.nio.file.Files.walk(out)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void strictSaysWhyACheckWithoutErrorsFails() {
        Cli.Result strict = Cli.run("check", "--strict", "src/test/resources/errors/warnings");
        assertTrue(strict.err().get(strict.err().size() - 1).matches(
                "--strict: \\d+ cảnh báo được tính là lỗi\\. Sửa các cảnh báo ở trên, hoặc bỏ --strict\\."), strict.errText());
        Cli.Result plain = Cli.run("check", "src/test/resources/errors/warnings");
        assertTrue(plain.err().stream().noneMatch(line -> line.contains("--strict")), plain.errText());
    }

    @Test
    void anUnknownOptionIsAUsageErrorInVietnamese() {
        Cli.Result result = Cli.run("check", "--bogus", "content");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: không hiểu tham số: --bogus", "Xem cách dùng: ./plandoc check --help"), result.err());
        assertEquals(List.of(), result.out());
        assertNoStackTrace(result);
    }

    /** A value that is not a number is said in the user's language (picocli's English was printed as it was). */
    @Test
    void aNumberOptionGivenWordsIsAUsageErrorInTheUsersLanguage() {
        Cli.Result vi = Cli.run("build", "-j", "zero");
        assertEquals(2, vi.exit());
        assertEquals(List.of("lỗi: --jobs cần một số nguyên, không phải \"zero\"", "Xem cách dùng: ./plandoc build --help"), vi.err());
        Cli.Result en = Cli.run("serve", "--lang", "en", "--port", "abc");
        assertEquals(2, en.exit());
        assertEquals(List.of("error: --port takes a whole number, not \"abc\"", "See the usage: ./plandoc serve --help"), en.err());
        assertNoStackTrace(en);
    }

    @Test
    void anUnknownOptionInEnglish() {
        Cli.Result result = Cli.run("check", "--bogus", "--lang", "en");
        assertEquals(2, result.exit());
        assertEquals(List.of("error: unknown argument: --bogus", "See the usage: ./plandoc check --help"), result.err());
    }

    @Test
    void aMistypedCommandGetsTheNearestCommand() {
        Cli.Result result = Cli.run("biuld");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: không hiểu tham số: biuld", "Có phải ý bạn là \"build\"?", "Xem cách dùng: ./plandoc --help"),
                result.err());
        assertNoStackTrace(result);
    }

    /** s27 tryout: "plandoc help" was answered "Did you mean `check`?". */
    @Test
    void helpTypedAsACommandPointsToTheHelp() {
        Cli.Result result = Cli.run("help");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: không hiểu tham số: help", "Có phải ý bạn là \"--help\"?", "Xem cách dùng: ./plandoc --help"),
                result.err());
    }

    @Test
    void aMistypedCommandInEnglish() {
        Cli.Result result = Cli.run("--lang", "en", "chekc", "content");
        assertEquals(2, result.exit());
        assertEquals(List.of("error: unknown argument: chekc content", "Did you mean \"check\"?", "See the usage: ./plandoc --help"),
                result.err());
    }

    @Test
    void aMistypedOptionGetsTheOptionThatBeginsLikeIt() {
        Cli.Result result = Cli.run("build", "--drfat", "--lang", "en");
        assertEquals(2, result.exit());
        assertEquals(List.of("error: unknown argument: --drfat", "Did you mean one of \"--draft\", \"--drop-old-names\"?",
                "See the usage: ./plandoc build --help"),
                result.err());
        assertEquals("Có phải ý bạn là \"--strict\"?", Cli.run("check", "--stirct", "content").err().get(1));
    }

    /**
     * s36 review L1: picocli offers the options that begin like the typed one in their declared order, "--reisue" the
     * destructive "--replace-signed" before "--reissue": the nearest in spelling comes first.
     */
    @Test
    void aMistypedOptionGetsTheNearestOptionFirst() {
        Cli.Result result = Cli.run("build", "--reisue");
        assertEquals(2, result.exit());
        assertEquals("Có phải ý bạn là một trong \"--reissue\", \"--replace-signed\"?", result.err().get(1),
                result.errText());
        assertEquals("Did you mean one of \"--reissue\", \"--replace-signed\"?",
                Cli.run("--lang", "en", "build", "--reisue=x").err().get(1));
        // Equally near: picocli's order kept.
        assertEquals(List.of("--draft", "--drop"), DidYouMean.nearestFirst("--drxxx", List.of("--draft", "--drop")));
        assertEquals(List.of("--drop", "--draft"), DidYouMean.nearestFirst("--drxxx", List.of("--drop", "--draft")));
    }

    @Test
    void anOptionInTheWrongCaseGetsTheOptionItNames() {
        Cli.Result result = Cli.run("build", "--Draft");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: không hiểu tham số: --Draft", "Có phải ý bạn là \"--draft\"?", "Xem cách dùng: ./plandoc build --help"),
                result.err());
        assertEquals("Did you mean \"--strict\"?", Cli.run("--lang", "en", "check", "--STRICT", "content").err().get(1));
    }

    @Test
    void aSurplusArgument() {
        Cli.Result result = Cli.run("check", "content", "thua");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: không hiểu tham số: thua", "Xem cách dùng: ./plandoc check --help"), result.err());
    }

    @Test
    void aMissingOptionValueNamesTheOption() {
        Cli.Result result = Cli.run("check", "content", "--lang");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: --lang cần vi hoặc en", "Xem cách dùng: ./plandoc check --help"), result.err());
    }

    @Test
    void aMissingCommand() {
        Cli.Result result = Cli.run();
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: thiếu lệnh: dùng \"plandoc check\" hoặc \"plandoc build\"", "Xem cách dùng: ./plandoc --help"),
                result.err());
    }

    @Test
    void aNonexistentDirectoryIsAUsageError() {
        Cli.Result result = Cli.run("check", "khong-co-thu-muc-nay");
        assertEquals(2, result.exit());
        assertEquals(List.of("lỗi: không có thư mục khong-co-thu-muc-nay"), result.err());
        assertEquals(List.of(), result.out());
        assertNoStackTrace(result);
    }

    @Test
    void aNonexistentDirectoryInEnglish() {
        Cli.Result result = Cli.run("check", "khong-co-thu-muc-nay", "--lang=en");
        assertEquals(2, result.exit());
        assertEquals(List.of("error: no such folder khong-co-thu-muc-nay"), result.err());
    }

    @Test
    void aFolderWithoutPlansExitsOne(@TempDir Path tmp) throws IOException {
        // A folder of its own: the system temp folder beside @TempDir may hold other runs' plans, which changes the hint.
        Path dir = Files.createDirectory(tmp.resolve("trong"));
        Cli.Result result = Cli.run("check", dir.toString());
        assertEquals(1, result.exit());
        // s16: then how to start one (FirstPlanTest).
        assertEquals(List.of("lỗi: thư mục " + dir + " không có kế hoạch nào (mỗi kế hoạch là một thư mục con chứa plan.yaml)",
                "Để bắt đầu văn bản đầu tiên, chạy ./plandoc new ke-hoach-moi --content " + dir + " --province \"Tên tỉnh\""
                        + " (tạo một kế hoạch mẫu để sửa; thêm --type quyet-dinh cho một quyết định), rồi chạy lại lệnh này."), result.err());
    }

    @Test
    void englishMessagesForContentProblems() {
        Cli.Result result = Cli.run("check", "src/test/resources/errors/impossible-date", "--lang", "en");
        assertEquals(1, result.exit());
        assertEquals("src/test/resources/errors/impossible-date/plan.yaml:10:9: error: date \"2012-02-30\" does not exist: month 2 of 2012 has 29 days; correct the day (written year-month-day)",
                result.err().get(1));
        assertTrue(result.err().get(0).contains(":1:1: warning: the document has no recipients"), result.errText());
        assertEquals(List.of("Checked 1 plan: 1 error, 1 warning."), result.out());
    }

    @Test
    void aPathWrittenWithDotsIsShownNormalised() {
        Cli.Result result = Cli.run("check", CLEAN_PLAN);
        assertEquals(0, result.exit());
        assertTrue(result.err().get(0).matches("content/ha-tinh-4086-2012/plan\\.yaml:\\d+:\\d+: cảnh báo: .*"), result.errText());
    }

    @Test
    void helpPrintsUsageInVietnamese() {
        Cli.Result result = Cli.run("--help");
        assertEquals(0, result.exit());
        assertEquals("Cách dùng:", result.out().get(0));
        // Not picocli's English "[COMMAND]" in a Vietnamese help (s26 tryout L).
        assertTrue(result.out().contains("plandoc [-hV] [--lang=vi|en] [LỆNH]"), result.outText());
        String text = String.join(" ", result.out()).replaceAll("\\s+", " ");
        assertTrue(text.contains("check Kiểm tra các kế hoạch trong thư mục nội dung, hoặc một kế hoạch: cấu trúc, mã, tham chiếu, số liệu kinh phí."),
                "each command is described by its own text: " + result.outText());
        assertTrue(text.contains("-h, --help Hiện hướng dẫn này."), text);
        assertEquals(List.of(), result.err());
    }

    @Test
    void helpInEnglish() {
        Cli.Result result = Cli.run("--help", "--lang", "en");
        assertEquals(0, result.exit());
        assertEquals("Usage:", result.out().get(0));
        String text = String.join(" ", result.out()).replaceAll("\\s+", " ");
        assertTrue(text.contains("check Checks the plans in the content folder, or one plan"), text);
    }

    @Test
    void checkHasItsOwnHelp() {
        Cli.Result result = Cli.run("check", "--help");
        assertEquals(0, result.exit());
        assertEquals("plandoc check [-h] [--strict] [--content=THƯ_MỤC] [--lang=vi|en]", result.out().get(2));
        assertEquals("[--templates=THƯ_MỤC] [THƯ_MỤC]", result.out().get(3).strip());
        String text = String.join(" ", result.out()).replaceAll("\\s+", " ");
        assertTrue(text.contains("--strict Coi cảnh báo là lỗi (mã thoát 1)."), text);
        assertTrue(text.contains("[THƯ_MỤC] Thư mục nội dung (mặc định content/), thư mục của một kế hoạch hoặc tệp plan.yaml của nó."), text);
    }

    @Test
    void version() {
        Cli.Result result = Cli.run("--version");
        assertEquals(0, result.exit());
        assertEquals(List.of(Main.version(false)), result.out());
        assertTrue(result.out().get(0).matches("plandoc 0\\.1\\.0 \\((commit [0-9a-f]{12}( \\+ chưa commit)?|không rõ commit)\\)"),
                result.out().toString());
        Cli.Result english = Cli.run("--lang", "en", "--version");
        assertEquals(0, english.exit());
        assertEquals(List.of(Main.version(true)), english.out());
        assertTrue(english.out().get(0).matches("plandoc 0\\.1\\.0 \\((commit [0-9a-f]{12}( \\+ uncommitted changes)?|unknown commit)\\)"),
                english.out().toString());
    }
}
