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

/**
 * A province's templates exported by an older plandoc: check and build say, once per template, which file is
 * older, what it does not print, and how to update; {@code templates diff} shows the differences.
 */
class TemplateVersionWarningTest {
    private static final String FIXTURES = "src/test/resources/fixtures/template-versions/";
    /** 424's Điều 2 has a title: the plan plandoc 3's plan.ftlh prints differently from version 1's. */
    private static final String PLAN_424 = "content/ha-tinh-424-2022";

    private static List<String> warningsAbout(Cli.Result result, String file) {
        return result.err().stream().filter(l -> l.startsWith(file)).toList();
    }

    @Test
    void anOlderCopyIsWarnedAboutOnceAtItsMarkerWithWhatItLacksAndHowToUpdate() {
        // Both plans of content/: the warning is the templates', not repeated per plan.
        Cli.Result result = Cli.run("check", "--templates", FIXTURES + "older", "content");
        assertEquals(ExitCode.OK, result.exit(), result.errText());
        String file = FIXTURES + "older/plan.ftlh";
        assertEquals(List.of(file + ":2:1: cảnh báo: mẫu plan.ftlh của tỉnh là phiên bản 1, mẫu của plandoc này là phiên bản 11;"
                + " văn bản in bằng mẫu của tỉnh không có:"), warningsAbout(result, file));
        String text = result.errText();
        assertTrue(text.contains("\n  - 2: in tiêu đề của Điều, chữ đậm trên dòng riêng: \"Điều 2. Tổ chức thực hiện\""), text);
        assertTrue(text.contains("\n  - 3: tên phụ lục ngắt dòng giữa các cụm từ"), text);
        assertTrue(text.contains("\n  - 4: khoảng ký cao thêm khi con dấu lớn"), text);
        assertFalse(text.contains("\n  - 1: "), "version 1 is what the copy has:\n" + text);
        assertTrue(text.contains("templates export " + FIXTURES + "older-moi; xem chỗ khác nhau: "), text);
        assertTrue(text.contains("templates diff " + file + "; chép những chỗ tỉnh đã sửa sang " + FIXTURES
                + "older-moi/plan.ftlh; rồi thay thư mục " + FIXTURES + "older bằng " + FIXTURES + "older-moi"), text);
        // Counted with the plans' warnings.
        Cli.Result without = Cli.run("check", "content");
        assertEquals(without.outText().replaceAll("\\d+ cảnh báo", "W"), result.outText().replaceAll("\\d+ cảnh báo", "W"));
        assertFalse(without.outText().equals(result.outText()), "the summary counts the template's warning");
    }

    @Test
    void aCopyWithoutMarkerIsWarnedAboutAtItsFirstLineInEnglishToo() {
        Cli.Result result = Cli.run("--lang", "en", "check", "--templates", FIXTURES + "unmarked", PLAN_424);
        String file = FIXTURES + "unmarked/plan.ftlh";
        assertEquals(List.of(file + ":1:1: warning: the province's plan.ftlh has no \"plandoc-template\" version line: it was"
                + " copied out before plandoc marked its templates' versions, so it may lack what this plandoc's plan.ftlh"
                + " (version 11) prints:"), warningsAbout(result, file));
        String text = result.errText();
        assertTrue(text.contains("\n  - 1: the page's own words"), text);
        assertTrue(text.contains("\n  - 2: prints an article's title, bold on its own line"), text);
        assertTrue(text.contains("templates export " + FIXTURES + "unmarked-new;"), text);
        assertFalse(text.contains("cảnh báo"), text);
    }

    @Test
    void theCurrentCopyWithAProvincesEditsIsNotWarnedAbout() {
        Cli.Result result = Cli.run("check", "--strict", "--templates", FIXTURES + "current", PLAN_424);
        assertEquals(ExitCode.OK, result.exit(), result.errText());
        assertEquals(List.of(), warningsAbout(result, FIXTURES));
    }

    @Test
    void strictCountsTheWarningAsTheOthersAreCounted() {
        Cli.Result result = Cli.run("check", "--strict", "--templates", FIXTURES + "older", PLAN_424);
        assertEquals(ExitCode.CONTENT, result.exit(), result.errText());
        assertTrue(result.errText().contains("--strict: 1 cảnh báo được tính là lỗi"), result.errText());
    }

    @Test
    void aCopyFromANewerPlandocIsWarnedAboutToo() {
        Cli.Result result = Cli.run("check", "--templates", FIXTURES + "newer", PLAN_424);
        String file = FIXTURES + "newer/plan.ftlh";
        List<String> lines = warningsAbout(result, file);
        assertEquals(1, lines.size(), result.errText());
        assertTrue(lines.get(0).startsWith(file + ":2:1: cảnh báo: mẫu plan.ftlh là phiên bản 12, mới hơn mẫu của plandoc này"
                + " (phiên bản 11)"), lines.get(0));
        assertTrue(lines.get(0).endsWith("templates diff " + file), lines.get(0));
    }

    @Test
    void aBuildWithTheOlderCopySaysSoEveryTimeAndItsPageLacksTheArticleTitle(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("site");
        String file = FIXTURES + "older/plan.ftlh";
        Cli.Result first = Cli.run("build", "--templates", FIXTURES + "older", "--out", out.toString(), PLAN_424);
        assertEquals(ExitCode.OK, first.exit(), first.errText());
        assertEquals(1, warningsAbout(first, file).size(), first.errText());
        // What the warning is about: the page prints "Điều 2." without its title.
        String page = Files.readString(out.resolve("ha-tinh-424-2022/index.html"));
        assertTrue(page.contains("article-label"), "the articles are printed");
        assertFalse(page.contains("article-heading"), "version 1 prints no article title");
        // A build with nothing changed answers from its record: the warning is still said.
        Cli.Result again = Cli.run("build", "--templates", FIXTURES + "older", "--out", out.toString(), PLAN_424);
        assertEquals(1, warningsAbout(again, file).size(), again.errText());
        assertTrue(again.outText().contains("0 lỗi, 1 cảnh báo"), again.outText());
    }

    @Test
    void templatesDiffShowsWhatPlandocAddedAndWhatTheProvinceEdited() {
        Cli.Result result = Cli.run("templates", "diff", FIXTURES + "older");
        assertEquals(ExitCode.OK, result.exit(), result.errText());
        List<String> out = result.out();
        assertEquals("--- plandoc/plan.ftlh", out.get(0));
        assertEquals("+++ " + FIXTURES + "older/plan.ftlh", out.get(1));
        assertTrue(out.get(2).startsWith("@@ -1,8 +1,6 @@"), out.get(2));
        assertTrue(out.contains("-<#if article.title?has_content>"), result.outText());
        assertTrue(out.contains("+<a href=\"${siteIndex}\">← Cổng thông tin điện tử tỉnh Quảng Nam</a>"), result.outText());
        assertTrue(out.stream().anyMatch(l -> l.startsWith("+<#-- plandoc-template plan.ftlh 1 ")), result.outText());
    }

    @Test
    void templatesDiffOfOneFileOfTheCurrentCopyShowsOnlyTheProvincesEdit() {
        Cli.Result result = Cli.run("templates", "diff", FIXTURES + "current/plan.ftlh");
        assertEquals(ExitCode.OK, result.exit(), result.errText());
        assertEquals(1, result.out().stream().filter(l -> l.startsWith("@@")).count(), result.outText());
        assertEquals(List.of("-<a href=\"${siteIndex}\">← ${text[\"index.title\"]}<#if portal?has_content> — ${portal}</#if></a>",
                "+<a href=\"${siteIndex}\">← Cổng thông tin điện tử tỉnh Quảng Nam</a>"),
                result.out().stream().filter(l -> l.matches("[-+][^-+].*")).toList());
    }

    @Test
    void templatesDiffOfTheBundledFolderSaysTheyAreTheSame() {
        Cli.Result same = Cli.run("templates", "diff", "templates");
        assertEquals(ExitCode.OK, same.exit(), same.errText());
        assertEquals(List.of("Các mẫu trong templates giống hệt mẫu của plandoc này."), same.out());
        Cli.Result notATemplate = Cli.run("templates", "diff", "content/agencies.yaml");
        assertEquals(ExitCode.USAGE, notATemplate.exit());
        assertTrue(notATemplate.errText().startsWith("lỗi: content/agencies.yaml không phải một mẫu của plandoc"),
                notATemplate.errText());
    }
}
