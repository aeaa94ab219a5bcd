package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

/**
 * s16 (left by s15-legal): a build that renames a published plan's files keeps the old names as copies
 * ({@code build.KeptNames}) and now says so in its report, once, naming them — as it says where a replaced
 * signed file went. Real builds through the command line.
 */
class KeptNamesReportTest {
    @TempDir
    Path dir;

    @Test
    void aBuildThatRenamesAPlansFilesNamesTheOldNamesItKeepsOnce() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path plan = Files.createDirectories(content.resolve("qd-4086")).resolve("plan.yaml");
        Files.writeString(plan, TestPlans.DECISION);
        Cli.Result first = build(content);
        assertEquals(0, first.exit(), first.errText());
        assertEquals(List.of(), lines(first, "Giữ tên tệp cũ"), "nothing renamed: nothing said");

        Files.writeString(plan, TestPlans.DECISION.replace("number: 4086", "number: 4087"));
        // An issued document edited in place is frozen (s31): published again with build --reissue.
        Cli.Result renamed = build(content, "--reissue");
        assertEquals(0, renamed.exit(), renamed.errText());
        assertEquals(List.of("Giữ tên tệp cũ của qd-4086 làm bản sao của tệp mới, để liên kết cũ vẫn mở được (trang và "
                + "danh mục chỉ dẫn tên mới): 4086-QD-UBND.docx → 4087-QD-UBND.docx, 4086-QD-UBND.pdf → "
                + "4087-QD-UBND.pdf (số văn bản đã đổi, ví dụ số ghi nhầm đã sửa). "
                + "Tên cũ nào chưa từng được đăng thì bỏ bằng lệnh: " + Launcher.command()
                + " build --drop-old-names qd-4086"),
                lines(renamed, "Giữ tên tệp cũ"));
        assertTrue(Files.exists(dir.resolve("site/qd-4086/4086-QD-UBND.pdf")), "the old name is kept as it says");
        assertFalse(Files.exists(dir.resolve("site/qd-4086/4086-QD-UBND.xml")), "no second e-document record");

        // Kept since: a later build of the plan (rendered again) does not say it again.
        Files.writeString(plan, TestPlans.DECISION.replace("number: 4086", "number: 4087").replace("Nguyễn Thiện", "Võ Kim Cự"));
        Cli.Result again = build(content, "--reissue");
        assertEquals(0, again.exit(), again.errText());
        assertTrue(again.outText().contains("vẽ lại 1"), again.outText());
        assertEquals(List.of(), lines(again, "Giữ tên tệp cũ"));

        // Renamed again: only the names new to this build, in English with --lang en, and said with -q too.
        Files.writeString(plan, TestPlans.DECISION.replace("number: 4086", "number: 4088").replace("Nguyễn Thiện", "Võ Kim Cự"));
        Cli.Result english = build(content, "--lang", "en", "-q", "--reissue");
        assertEquals(0, english.exit(), english.errText());
        // Even with -q: it is the only place the officer learns that public copies were left behind.
        assertEquals(1, english.outText().strip().lines().count(), english.outText());
        assertEquals(List.of("Kept the old file names of qd-4086 as copies of the new files, so old links still open (the "
                + "pages and the index link only the new names): 4087-QD-UBND.docx → 4088-QD-UBND.docx, 4087-QD-UBND.pdf → "
                + "4088-QD-UBND.pdf (the document's number changed, e.g. a mistyped number corrected). Drop any old name that was never published with: "
                + Launcher.command() + " build --drop-old-names qd-4086"), lines(english, "Kept the old file names"));
    }

    private Cli.Result build(Path content, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out",
                dir.resolve("site").toString(), "-j", "1"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<String> lines(Cli.Result result, String start) {
        return result.out().stream().filter(l -> l.startsWith(start)).toList();
    }
}
