package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code check} tells a drafter about the keys that say whether a document is issued: a plan
 * with neither {@code number:} nor {@code draft: true} is told both ways out, one with both which line
 * to delete, and an issued document dated after today is a warning that {@code --strict} makes an error (an error of
 * {@code build}, which does not publish it, s35)
 * (s12-check). The starter written by {@code new} is the plan each case edits.
 */
class DraftCheckTest {
    @TempDir
    Path dir;

    private Path starter(String slug) throws IOException {
        Path content = dir.resolve("content");
        assertEquals(0, Cli.runNew("new", slug, "--content", content.toString()).exit());
        return content.resolve(slug).resolve("plan.yaml");
    }

    /**
     * The starter with its issuer's code filled in, as an issued document has it (else a warning of its own), and its
     * sample content made the office's own (else errors of their own).
     */
    private static String withCode(String plan) {
        String filled = plandoc.TestPlans.starterFilledIn(plan).replaceFirst("(?m)^(    code: )\"\"", "$1000.00.00.H27");
        assertNotEquals(plan, filled, "the starter's empty code: line");
        return filled;
    }

    /** plan.yaml's 1-based line that starts with {@code prefix}. */
    private static int line(Path plan, String prefix) throws IOException {
        List<String> lines = Files.readAllLines(plan);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + prefix + " in " + plan);
    }

    @Test
    void aPlanWithNeitherNumberNorDraftIsToldBothWaysOut() throws IOException {
        Path plan = starter("ke-hoach-a");
        Files.writeString(plan, withCode(Files.readString(plan)).replaceFirst("(?m)^  draft: true .*\n", ""));
        int document = line(plan, "document:") + 1;

        Cli.Result vi = Cli.run("check", plan.toString());
        assertEquals(ExitCode.CONTENT, vi.exit());
        assertEquals(plan + ":" + document + ":3: lỗi: thiếu số văn bản \"number\" trong phần văn bản (document): văn "
                + "bản đã ban hành thì thêm number: <số được cấp> và sửa date: thành ngày ban hành; văn bản chưa ban "
                + "hành (bản dự thảo) thì thêm dòng draft: true", vi.err().get(0));
        assertEquals(1, vi.err().size(), "one error, not a second 'required key' one: " + vi.err());

        Cli.Result en = Cli.run("--lang", "en", "check", plan.toString());
        assertEquals(plan + ":" + document + ":3: error: the document number (key \"number\") is missing in document: for an "
                + "issued document add number: <the number given> and set date: to the issue date; for a document not "
                + "yet issued (a draft) add the line draft: true", en.err().get(0));
    }

    @Test
    void aMissingDateSaysWhatToWrite() throws IOException {
        Path plan = starter("ke-hoach-d");
        String issued = withCode(Files.readString(plan)).replaceFirst("(?m)^  draft: true .*$", "  number: 167");
        Files.writeString(plan, issued.replaceFirst("(?m)^  date: .*\n", ""));
        int document = line(plan, "document:") + 1;
        Cli.Result vi = Cli.run("check", plan.toString());
        assertEquals(ExitCode.CONTENT, vi.exit());
        assertEquals(List.of(plan + ":" + document + ":3: lỗi: thiếu ngày ban hành \"date\" trong phần văn bản (document): "
                + "thêm dòng date: với ngày ký ban hành, dạng năm-tháng-ngày, ví dụ date: 2026-12-05"), vi.err());
        Cli.Result en = Cli.run("--lang", "en", "check", plan.toString());
        assertTrue(en.errText().contains(":" + document + ":3: error: the issue date (key \"date\") is missing in document: add a "
                + "line date: with the day it was signed and issued"), en.errText());
    }

    @Test
    void aDraftWithANumberIsAnErrorAtTheNumberSayingWhichLineToDelete() throws IOException {
        Path plan = starter("ke-hoach-b");
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^(  draft: true .*\n)", "$1  number: 167\n"));
        int draft = line(plan, "  draft: true");
        int number = line(plan, "  number: 167");

        Cli.Result vi = Cli.run("check", plan.toString());
        assertEquals(ExitCode.CONTENT, vi.exit(), vi.errText());
        assertEquals(List.of(plan + ":" + number + ":11: lỗi: văn bản vừa có number: 167 vừa ghi draft: true (dòng "
                + draft + "), chỉ được một trong hai: đã được cấp số thì xóa dòng draft: true (build đăng văn bản lên "
                + "cổng); còn là dự thảo thì xóa dòng number: (build --draft in bản dự thảo, để trống số)"), vi.err());

        Cli.Result en = Cli.run("--lang", "en", "check", plan.toString());
        assertTrue(en.errText().contains(":" + number + ":11: error: the document has both number: 167 and draft: true"
                + " (line " + draft + "), only one may be given: if it has been issued, delete the line draft: true"),
                en.errText());
    }

    @Test
    void anIssueDateAfterTodayIsAWarningThatStrictMakesAnErrorAndBuildRefuses() throws IOException {
        Path plan = starter("ke-hoach-c");
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String today = day.format(plandoc.validate.CheckDate.today());
        // Ten days on: before the starter's deadlines, which would be a warning of their own.
        String typed = plandoc.validate.CheckDate.today().plusDays(10).toString();
        String later = day.format(plandoc.validate.CheckDate.today().plusDays(10)); // as officers write a date (s23)
        String issued = withCode(Files.readString(plan)).replaceFirst("(?m)^  draft: true .*$", "  number: 167");
        Files.writeString(plan, issued.replaceFirst("(?m)^  date: \\d{4}-\\d\\d-\\d\\d", "  date: " + typed));
        int date = line(plan, "  date: " + typed);

        Cli.Result check = Cli.run("check", plan.toString());
        assertEquals(ExitCode.OK, check.exit(), check.errText());
        assertEquals(1, check.err().size(), check.errText());
        assertEquals(plan + ":" + date + ":9: cảnh báo: ngày ban hành " + later + " sau hôm nay (" + today + "), build sẽ "
                + "không đăng văn bản lên cổng trước ngày đó: văn bản đã "
                + "ban hành thì sửa date: thành ngày ký ban hành; văn bản chưa ban hành thì thay dòng number: bằng "
                + "draft: true", check.err().get(0));

        Cli.Result strict = Cli.run("check", "--strict", plan.toString());
        assertEquals(ExitCode.CONTENT, strict.exit());
        Cli.Result en = Cli.run("--lang", "en", "check", "--strict", plan.toString());
        assertEquals(ExitCode.CONTENT, en.exit());
        assertTrue(en.errText().contains(":" + date + ":9: warning: the issue date " + later + " is after today (" + today
                + "), and build will not publish the document before that day: for an issued document set date: to the day"
                + " it was signed and issued"), en.errText());

        // s35 (s34 review M1): a build does not publish it, as a portal must not publish a document before its issue;
        // it says so every time (nothing of the plan is recorded to replay).
        Path site = dir.resolve("site");
        Path content = dir.resolve("content");
        for (int i = 0; i < 2; i++) {
            Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
            assertEquals(ExitCode.CONTENT, build.exit(), build.errText());
            assertTrue(build.errText().contains(plan + ":" + date + ":9: lỗi: ngày ban hành " + later + " sau hôm nay ("
                    + today + "): cổng thông tin không đăng văn bản trước ngày ban hành, nên build không đăng văn bản này;"
                    + " văn bản đã ban hành thì sửa date: thành ngày ký ban hành; muốn xem trước thì dùng lệnh serve, hoặc"
                    + " thay dòng number: bằng draft: true và chạy build --draft"), build.errText());
            assertFalse(Files.exists(site.resolve("ke-hoach-c/index.html")), "not published");
        }
        Cli.Result english = Cli.run("--lang", "en", "build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(ExitCode.CONTENT, english.exit(), english.errText());
        assertTrue(english.errText().contains(plan + ":" + date + ":9: error: the issue date " + later + " is after today ("
                + today + "): the portal does not publish a document before it is issued, so build does not publish this"
                + " one;"), english.errText());

        // A draft's date is printed blank and may be the day it is meant to be issued: no warning.
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^  number: 167$", "  draft: true"));
        Cli.Result draft = Cli.run("check", "--strict", plan.toString());
        assertEquals(ExitCode.OK, draft.exit(), draft.errText());
        assertFalse(draft.errText().contains(later), draft.errText());
    }
}
