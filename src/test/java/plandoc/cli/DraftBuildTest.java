package plandoc.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft is never published as issued: a plan saying {@code draft: true} is left out of a normal
 * build (and the build says so); {@code build --draft} prints it, and says it wrote drafts.
 */
class DraftBuildTest {

    @TempDir
    Path dir;

    @Test
    void aDraftIsLeftOutOfTheSiteAndPrintedOnlyByADraftBuild() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path folder = Files.createDirectories(content.resolve("qd-4086"));
        Files.writeString(folder.resolve("plan.yaml"), TestPlans.DECISION.replace("  number: 4086\n", "  draft: true\n"));
        Path site = dir.resolve("site");

        Cli.Result normal = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, normal.exit(), normal.errText());
        assertTrue(String.join("\n", normal.out()).contains("Không đăng qd-4086: plan.yaml ghi draft: true"), normal.out().toString());
        assertTrue(String.join("\n", normal.out()).contains("thay dòng draft: true bằng number: <số được cấp>"),
                "says how to publish it once issued: " + normal.out());
        assertFalse(Files.exists(site.resolve("qd-4086")), "the draft is not in the published site");
        assertFalse(Files.readString(site.resolve("index.html")).contains("4086/QĐ-UBND"), "nor on its index");
        Cli.Result again = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "-j", "1");
        assertTrue(String.join("\n", again.out()).contains("Không đăng qd-4086"), "said again on the next build: " + again.out());

        Path drafts = dir.resolve("site-draft");
        Cli.Result draft = Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString(), "-j", "1");
        assertEquals(0, draft.exit(), draft.errText());
        assertTrue(String.join("\n", draft.out()).contains("Đây là BẢN DỰ THẢO"), draft.out().toString());
        assertTrue(Files.exists(drafts.resolve("qd-4086").resolve("du-thao-QD-UBND.pdf")), "the draft PDF is printed");
        assertTrue(Files.readString(drafts.resolve("qd-4086").resolve("index.html")).contains("DỰ THẢO"));

        Path pdf = drafts.resolve("qd-4086").resolve("du-thao-QD-UBND.pdf");
        byte[] before = Files.readAllBytes(pdf);
        Cli.Result sign = Cli.sign("mat-khau-thu", pdf.toString(), "--keystore",
                SignCommandTest.keystore(dir, "nguoi-ky", "Nguyễn Thiện", SignCommandTest.TestCa.create()).toString());
        assertEquals(1, sign.exit());
        assertTrue(sign.errText().contains("là bản dự thảo"), sign.errText());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(pdf), "a draft is never signed");
    }

    /**
     * s23 review M1: a draft's workbook printed without "DỰ THẢO", though it is the file the finance office prints and
     * circulates for comment; its PDF and Word copy mark every page. Every sheet's page header now says it, at the
     * right; an issued plan's says nothing.
     */
    @Test
    void aDraftsWorkbookIsMarkedOnEveryPage() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path folder = Files.createDirectories(content.resolve("qd-4086"));
        Files.copy(Path.of("content/agencies.yaml"), content.resolve("agencies.yaml"));
        try (var files = Files.list(Path.of("content/ha-tinh-4086-2012"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, folder.resolve(file.getFileName().toString()));
            }
        }
        String yaml = Files.readString(Path.of("content/ha-tinh-4086-2012/plan.yaml"));
        assertTrue(yaml.contains("  number: 4086\n"));
        Files.writeString(folder.resolve("plan.yaml"), yaml.replace("  number: 4086\n", "  draft: true\n"));
        Path drafts = dir.resolve("site-draft");
        Cli.Result draft = Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString(), "-j", "1");
        assertEquals(0, draft.exit(), draft.errText());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(drafts.resolve("qd-4086").resolve("du-thao-QD-UBND.xlsx")))) {
            assertEquals(3, book.getNumberOfSheets(), "the budget sheet, the data sheet and the check sheet");
            book.forEach(sheet -> assertEquals("&\"Times New Roman,Bold\"&13DỰ THẢO", sheet.getHeader().getRight(),
                    sheet.getSheetName()));
        }
        byte[] issued = new plandoc.render.xlsx.BudgetWorkbook().write(new plandoc.Generator(Path.of(""))
                .resolve(Path.of("content/ha-tinh-4086-2012")).resolved().orElseThrow());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(issued))) {
            book.forEach(sheet -> assertEquals("", sheet.getHeader().getRight(), "issued: " + sheet.getSheetName()));
        }
    }
}
