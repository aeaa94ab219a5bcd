package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestFiles;
import plandoc.TestPlans;
import plandoc.render.pdf.PdfFonts;

/**
 * The notice that the PDFs embed Liberation Serif in place of Times New Roman comes once per site: not
 * on the next build that renders, again with -v, --clean, in a new site folder, or after the fonts
 * changed (an office's fonts installed in templates/fonts/, then removed).
 */
class FontNoticeTest {
    private static final String NOTICE = "PDF nhúng phông Liberation Serif";

    @TempDir
    Path temp;

    @Test
    void theStandInFontIsToldOncePerSiteAndFontSet() throws IOException {
        Path templates = TestFiles.copyTree(Path.of("templates"), temp.resolve("templates"));
        // On a machine with Times New Roman installed there is no stand-in to tell about.
        assumeTrue(PdfFonts.load(templates).fallback(), "Times New Roman is installed here");
        Path plan = temp.resolve("content").resolve("ke-hoach");
        Files.createDirectories(plan);
        Files.writeString(plan.resolve("plan.yaml"), TestPlans.DECISION);
        Path out = temp.resolve("site");

        assertEquals(1, notices(build(templates, out)), "first build of a site");
        edit(plan);
        assertEquals(0, notices(build(templates, out)), "the site was told already");
        edit(plan);
        assertEquals(1, notices(build(templates, out, "-v")), "-v");
        assertEquals(1, notices(build(templates, out, "--clean")), "--clean");
        edit(plan);
        assertEquals(1, notices(build(templates, temp.resolve("other-site"))), "another site folder");

        plandoc.render.StandInFonts.install(templates);
        edit(plan);
        assertEquals(0, notices(build(templates, out)), "the office's own fonts: nothing to tell");
        TestFiles.freshFolder(templates.resolve("fonts"));
        edit(plan);
        assertEquals(1, notices(build(templates, out)), "the fonts changed back to the stand-in");
    }

    /**
     * s15-tryout: a build that writes no PDF (a draft left out, a plan with an error) printed the notice all the same,
     * and the site then counted as told: the first build that did write one said nothing.
     */
    @Test
    void aBuildThatWritesNoPdfSaysNothingOfItsFonts() throws IOException {
        Path templates = TestFiles.copyTree(Path.of("templates"), temp.resolve("templates"));
        assumeTrue(PdfFonts.load(templates).fallback(), "Times New Roman is installed here");
        Path plan = Files.createDirectories(temp.resolve("content").resolve("ke-hoach"));
        Path out = temp.resolve("site");
        Files.writeString(plan.resolve("plan.yaml"), TestPlans.DECISION + "khoa-la: 1\n");
        Cli.Result broken = Cli.run("build", "--content", temp.resolve("content").toString(), "--templates",
                templates.toString(), "--out", out.toString());
        assertEquals(1, broken.exit(), broken.errText());
        assertEquals(0, notices(broken), "no PDF written: " + broken.outText());

        Files.writeString(plan.resolve("plan.yaml"), TestPlans.DECISION);
        assertEquals(1, notices(build(templates, out)), "the first build that writes a PDF");
    }

    private static Cli.Result build(Path templates, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", out.getParent().resolve("content").toString(),
                "--templates", templates.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.errText());
        return result;
    }

    private static long notices(Cli.Result result) {
        return result.out().stream().filter(line -> line.startsWith(NOTICE)).count();
    }

    /** A change to the plan, so that the next build renders it. */
    private static void edit(Path plan) throws IOException {
        Files.writeString(plan.resolve("plan.yaml"), "# sửa\n", java.nio.file.StandardOpenOption.APPEND);
    }
}
