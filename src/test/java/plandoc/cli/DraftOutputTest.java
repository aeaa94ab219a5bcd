package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.publish.StateFolder;

/**
 * The draft output ({@code build --draft}, {@code site-draft/}) holds the documents the e-office system is
 * yet to number, and only those: an issued plan is not printed as a draft, and a draft issued since it was
 * printed is withdrawn, in the build's one transaction. {@code build [--draft] content/PLAN} prints that
 * plan only and leaves every other plan of the output as it is (s12-check).
 */
class DraftOutputTest {
    private static final String ONE = "ke-hoach-mot";
    private static final String TWO = "ke-hoach-hai";
    private static final String ISSUED = "ke-hoach-da-ban-hanh";

    @TempDir
    Path dir;

    @Test
    void theDraftOutputHoldsDraftsOnlyAndADraftIssuedSinceIsWithdrawn() throws Exception {
        Path content = dir.resolve("content");
        Path drafts = dir.resolve("site-draft");
        assertEquals(0, Cli.runNew("new", ONE, "--content", content.toString()).exit());
        assertEquals(0, Cli.runNew("new", TWO, "--content", content.toString()).exit());
        assertEquals(0, Cli.newIssued("new", ISSUED, "--content", content.toString()).exit());

        Cli.Result first = Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString(), "-j", "1");
        assertEquals(0, first.exit(), first.errText());
        assertTrue(Files.exists(drafts.resolve(ONE).resolve("du-thao-KH-UBND.pdf")));
        assertTrue(Files.exists(drafts.resolve(TWO).resolve("du-thao-KH-UBND.pdf")));
        assertFalse(Files.exists(drafts.resolve(ISSUED)), "an issued plan is not printed as a draft");
        assertTrue(first.outText().contains("Không in " + ISSUED + " vào " + drafts + ": văn bản đã được cấp số (number:), "
                + "không phải bản dự thảo"), first.outText());
        assertTrue(first.outText().contains("Đây là BẢN DỰ THẢO"), first.outText());
        // Counted as drafts, the issued plan apart (not "2/3", which read as one that failed).
        assertTrue(first.outText().contains("Đã tạo 2/2 bản dự thảo trong " + drafts + " (vẽ lại 2, giữ nguyên 0); "
                + "1 văn bản đã ban hành không in vào bản dự thảo, mất "), first.outText());

        // ONE is issued: the next draft build takes its draft out, and says so.
        Path plan = content.resolve(ONE).resolve("plan.yaml");
        Files.writeString(plan, plandoc.TestPlans.starterFilledIn(Files.readString(plan)).replaceFirst("(?m)^  draft: true .*$", "  number: 167"));
        Cli.Result issued = Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString(), "-j", "1");
        assertEquals(0, issued.exit(), issued.errText());
        assertTrue(issued.outText().contains("Đã gỡ " + ONE + " khỏi " + drafts + ": văn bản đã được cấp số"),
                issued.outText());
        assertFalse(Files.exists(drafts.resolve(ONE)), "the issued plan's draft is withdrawn");
        assertFalse(Files.exists(StateFolder.resolve(drafts, ".plandoc/records/" + ONE + ".json")), "and its record");
        assertFalse(Files.readString(drafts.resolve("index.html")).contains(ONE + "/"), "and its index entry");
        assertTrue(Files.exists(drafts.resolve(TWO).resolve("du-thao-KH-UBND.pdf")), "the other draft stays");

        // TWO's folder is deleted: its draft leaves the draft output too.
        deleteTree(content.resolve(TWO));
        Cli.Result gone = Cli.run("--lang", "en", "build", "--draft", "--content", content.toString(), "--out",
                drafts.toString(), "-j", "1");
        assertEquals(0, gone.exit(), gone.errText());
        assertFalse(Files.exists(drafts.resolve(TWO)));
        // No draft is left to print: the build does not say it wrote one.
        assertFalse(gone.outText().contains("This is a DRAFT"), gone.outText());
        assertTrue(gone.outText().contains("Built 0 of 0 drafts in " + drafts + " (rendered 0, unchanged 0); "
                + "2 issued documents not included in a draft build, in "), gone.outText());
        assertTrue(gone.outText().contains("Not printed " + ISSUED + ", " + ONE + " into " + drafts)
                || gone.outText().contains("Not printed " + ONE + ", " + ISSUED + " into " + drafts), gone.outText());
    }

    @Test
    void manyIssuedPlansLeftOutAreCountedNotNamed() throws Exception {
        Path content = dir.resolve("content");
        for (int i = 1; i <= 4; i++) {
            assertEquals(0, Cli.newIssued("new", "ke-hoach-" + i, "--content", content.toString()).exit());
        }
        Path drafts = dir.resolve("site-draft");
        Cli.Result build = Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString());
        assertEquals(0, build.exit(), build.errText());
        assertTrue(build.outText().contains("Không in 4 văn bản đã được cấp số (number:) vào " + drafts
                + ": build --draft chỉ in văn bản ghi draft: true"), build.outText());
        assertFalse(build.outText().contains("ke-hoach-1"), build.outText());
    }

    @Test
    void aDraftWithdrawnInEnglish() throws Exception {
        Path content = dir.resolve("content");
        Path drafts = dir.resolve("site-draft");
        assertEquals(0, Cli.runNew("new", ONE, "--content", content.toString()).exit());
        assertEquals(0, Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString()).exit());
        Path plan = content.resolve(ONE).resolve("plan.yaml");
        Files.writeString(plan, plandoc.TestPlans.starterFilledIn(Files.readString(plan)).replaceFirst("(?m)^  draft: true .*$", "  number: 167"));
        Cli.Result en = Cli.run("--lang", "en", "build", "--draft", "--content", content.toString(), "--out",
                drafts.toString());
        assertEquals(0, en.exit(), en.errText());
        assertTrue(en.outText().contains("Withdrew " + ONE + " from " + drafts + ": the document has been given its number"),
                en.outText());
    }

    @Test
    void onePlanFolderIsPrintedAloneAndTheOtherPlansStayAsTheyAre() throws Exception {
        Path content = dir.resolve("content");
        Path drafts = dir.resolve("site-draft");
        Path site = dir.resolve("site");
        assertEquals(0, Cli.runNew("new", ONE, "--content", content.toString()).exit());
        assertEquals(0, Cli.runNew("new", TWO, "--content", content.toString()).exit());
        assertEquals(0, Cli.newIssued("new", ISSUED, "--content", content.toString()).exit());
        assertEquals(0, Cli.run("build", "--draft", "--content", content.toString(), "--out", drafts.toString()).exit());
        Path twoPdf = drafts.resolve(TWO).resolve("du-thao-KH-UBND.pdf");
        long twoWritten = Files.getLastModifiedTime(twoPdf).toMillis();

        // Both drafts edited; only ONE is printed again, named as the folder or as its plan.yaml.
        for (String slug : new String[] {ONE, TWO}) {
            Path plan = content.resolve(slug).resolve("plan.yaml");
            Files.writeString(plan, Files.readString(plan).replace("Kế hoạch", "Kế hoạch mới"));
        }
        Thread.sleep(20);
        for (Path given : new Path[] {content.resolve(ONE), content.resolve(ONE).resolve("plan.yaml")}) {
            Cli.Result one = Cli.run("build", "--draft", given.toString(), "--out", drafts.toString(), "-j", "1");
            assertEquals(0, one.exit(), one.errText());
            assertTrue(one.outText().contains("Đã tạo 1/1 văn bản trong " + drafts), one.outText());
            assertFalse(one.outText().contains("Đã gỡ"), "no other plan is taken out: " + one.outText());
        }
        assertTrue(Files.readString(drafts.resolve(ONE).resolve("index.html")).contains("Kế hoạch mới"));
        assertTrue(Files.exists(twoPdf), "the other draft stays");
        assertEquals(twoWritten, Files.getLastModifiedTime(twoPdf).toMillis(), "not printed again");
        assertFalse(Files.readString(drafts.resolve(TWO).resolve("index.html")).contains("Kế hoạch mới"));
        String index = Files.readString(drafts.resolve("index.html"));
        assertTrue(index.contains(ONE + "/") && index.contains(TWO + "/"), "the index lists both drafts");

        // The same for a plain build: one issued plan published, the others in site/ as they were.
        Path other = content.resolve("ke-hoach-khac");
        assertEquals(0, Cli.newIssued("new", other.getFileName().toString(), "--content", content.toString()).exit());
        assertEquals(0, Cli.run("build", "--content", content.toString(), "--out", site.toString()).exit());
        Files.writeString(other.resolve("plan.yaml"), Files.readString(other.resolve("plan.yaml")).replace("Kế hoạch",
                "Kế hoạch sửa"));
        Cli.Result plain = Cli.run("build", content.resolve(ISSUED).toString(), "--out", site.toString(), "-j", "1");
        assertEquals(0, plain.exit(), plain.errText());
        assertTrue(Files.exists(site.resolve("ke-hoach-khac").resolve("02-KH-UBND.pdf")), "the other plan stays");
        assertFalse(Files.readString(site.resolve("ke-hoach-khac/index.html")).contains("Kế hoạch sửa"),
                "as it was published");
        assertTrue(Files.readString(site.resolve("index.html")).contains("ke-hoach-khac/"));

        // Two folders, one not inside the other, is a usage error, as for check (a plan folder inside the content
        // folder given is that plan: MainTest).
        Cli.Result twice = Cli.run("build", content.resolve(ONE).toString(), "--content", drafts.toString());
        assertEquals(ExitCode.USAGE, twice.exit());
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
