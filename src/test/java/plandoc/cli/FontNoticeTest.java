package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestFiles;
import plandoc.TestPlans;
import plandoc.render.pdf.PdfFonts;

/**
 * A draft build's notice that the PDFs embed Liberation Serif in place of Times New Roman comes once per site: not
 * on the next build that renders, again with -v, --clean, in a new site folder, or after the fonts
 * changed (an office's fonts installed in templates/fonts/, then removed). For an issued plan it is a counted warning
 * of every build and check, which --strict fails on (s27 review M2). These tests run on a machine with no font but
 * the bundled one ({@link Cli#runWithoutFonts}), where the others run with the tests' fonts ({@code TestFonts}).
 */
class FontNoticeTest {
    private static final String WARNING = "văn bản ban hành sẽ in bằng phông Liberation Serif";
    private static final String DRAFT = TestPlans.DECISION.replace("number: 4086", "draft: true");

    @TempDir
    Path temp;

    @Test
    void theStandInFontIsToldOncePerSiteAndFontSet() throws IOException {
        Path templates = TestFiles.copyTree(Path.of("templates"), temp.resolve("templates"));
        // On a machine with Times New Roman installed there is no stand-in to tell about.
        assumeTrue(PdfFonts.load(templates).fallback(), "Times New Roman is installed here");
        Path plan = temp.resolve("content").resolve("ke-hoach");
        Files.createDirectories(plan);
        Files.writeString(plan.resolve("plan.yaml"), DRAFT);
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
        Files.writeString(plan.resolve("plan.yaml"), DRAFT + "khoa-la: 1\n");
        Cli.Result broken = Cli.runWithoutFonts("build", "--draft", "--content", temp.resolve("content").toString(), "--templates",
                templates.toString(), "--out", out.toString());
        assertEquals(1, broken.exit(), broken.errText());
        assertEquals(0, notices(broken), "no PDF written: " + broken.outText());

        Files.writeString(plan.resolve("plan.yaml"), DRAFT);
        assertEquals(1, notices(build(templates, out)), "the first build that writes a PDF");
    }

    /**
     * An issued plan in the stand-in font is a warning every build and check counts, at the fonts folder, saying which
     * font and where Times New Roman goes; --strict fails on it. Before s28 it was one closing line of the build, not
     * counted, and check --strict passed (s27 review M2).
     */
    @Test
    void anIssuedPlanInTheStandInFontIsACountedWarningThatStrictFailsOn() throws IOException {
        Path templates = issuedPlanAndTemplates();
        String content = temp.resolve("content").toString();
        String fonts = templates.resolve("fonts").toString();
        for (int run = 0; run < 2; run++) { // the second build is answered from the first's record
            Cli.Result built = Cli.runWithoutFonts("build", "--content", content, "--templates", templates.toString(),
                    "--out", temp.resolve("site").toString());
            assertEquals(0, built.exit(), built.errText());
            assertEquals(1, built.err().stream().filter(l -> l.startsWith(fonts + ": cảnh báo: " + WARNING)
                    && l.contains("times.ttf") && l.contains("PLANDOC_FONTS")).count(), built.errText());
            assertTrue(built.outText().contains("0 lỗi, 1 cảnh báo"), built.outText());
            assertEquals(0, notices(built), "counted, not a closing line: " + built.outText());
        }
        Cli.Result strict = Cli.runWithoutFonts("check", "--strict", "--templates", templates.toString(), content);
        assertEquals(1, strict.exit(), strict.outText() + strict.errText());
        assertTrue(strict.errText().contains(WARNING), strict.errText());
        Cli.Result english = Cli.runWithoutFonts("--lang", "en", "check", "--templates", templates.toString(), content);
        assertEquals(0, english.exit(), english.errText());
        assertTrue(english.errText().contains("would print in Liberation Serif (metric-compatible with Times New Roman),"
                + " not the Times New Roman Decree"), english.errText());
        assertTrue(english.outText().contains("0 errors, 1 warning"), english.outText());
    }

    /**
     * Times New Roman in the folder PLANDOC_FONTS names (a CI runner's, outside a public repository) is found and
     * embedded: no warning. Named but empty, the warning names that folder as where the files go.
     */
    @Test
    void theFolderPlandocFontsNamesHoldsTheOfficesFonts() throws IOException {
        Path templates = issuedPlanAndTemplates();
        String content = temp.resolve("content").toString();
        Path office = Files.createDirectories(temp.resolve("office-fonts"));
        java.util.Map<String, String> environment = java.util.Map.of("PLANDOC_FONTS", office.toString());

        Cli.Result empty = Cli.runWith(environment, "check", "--strict", "--templates", templates.toString(), content);
        assertEquals(1, empty.exit(), empty.errText());
        assertTrue(empty.errText().contains("thư mục " + office + " (biến PLANDOC_FONTS) không có tệp .ttf nào")
                && empty.errText().contains("timesbi.ttf vào " + office), empty.errText());

        // Times New Roman's file names and names in the font (the files are Liberation Serif: Times New Roman may not
        // be committed here).
        putTimesNewRoman(office, "serif-regular.ttf", "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");
        assertTrue(PdfFonts.load(templates, java.util.Optional.of(office)).timesNewRoman());
        Cli.Result found = Cli.runWith(environment, "check", "--strict", "--templates", templates.toString(), content);
        assertEquals(0, found.exit(), found.errText());
        Cli.Result built = Cli.runWith(environment, "build", "--strict", "--content", content, "--templates",
                templates.toString(), "--out", temp.resolve("site").toString());
        assertEquals(0, built.exit(), built.errText());
        assertTrue(built.outText().contains("0 lỗi, 0 cảnh báo"), built.outText());
    }

    /**
     * The PDFs are keyed by the faces found, not by the PLANDOC_FONTS folder's path (s28 re-read H1): after the officer
     * puts Times New Roman where the warning says, the next build prints the plan again in it (it said "0 cảnh báo",
     * kept the plan and the published PDF stayed in Liberation Serif); the same fonts in another folder render nothing.
     */
    @Test
    void timesNewRomanPutInPlaceIsPrintedAndTheSameFontsElsewhereAreNot() throws IOException {
        Path templates = issuedPlanAndTemplates();
        Path office = Files.createDirectories(temp.resolve("office-fonts"));
        Path site = temp.resolve("site");
        Cli.Result first = buildWithFonts(templates, office, site);
        assertTrue(first.errText().contains(WARNING), first.errText());
        assertTrue(pdfFontNames(site).contains("LiberationSerif"), "the stand-in's regular face: " + pdfFontNames(site));

        // Times New Roman's file names, all four the bold italic face: what the PDF embeds now tells the two apart.
        putTimesNewRoman(office, "serif-bold-italic.ttf", "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");
        Cli.Result placed = buildWithFonts(templates, office, site);
        assertTrue(placed.outText().contains("0 lỗi, 0 cảnh báo") && placed.outText().contains("vẽ lại 1"),
                placed.outText());
        assertEquals(List.of("LiberationSerif-BoldItalic"), pdfFontNames(site), "printed in the fonts put in place");

        // The same fonts in another folder: nothing to render (-v: no replay of the last build's report, and it tells
        // a plan rendered again into the same files, as the folder's path in the key did, from one not rendered).
        Path moved = TestFiles.copyTree(office, temp.resolve("office-fonts-moved"));
        Cli.Result elsewhere = buildWithFonts(templates, moved, site, "-v");
        assertTrue(elsewhere.outText().contains("Cần dựng lại 0 văn bản; 1 văn bản không đổi."),
                "the same fonts: " + elsewhere.outText());
    }

    /**
     * s28 tryout F7: three files of four, a PLANDOC_FONTS folder that does not exist, and none at all got one sentence,
     * at {@code templates/fonts:1:1} (a folder has no line). The warning now says what each folder looked in lacks,
     * which files to copy, and stands at the folder the files go to.
     */
    @Test
    void theWarningSaysWhichFacesAreMissingWhere() throws IOException {
        Path templates = issuedPlanAndTemplates();
        String content = temp.resolve("content").toString();
        Path fonts = Files.createDirectories(templates.resolve("fonts"));
        // the bold italic not copied
        putTimesNewRoman(fonts, "serif-regular.ttf", "times.ttf", "timesbd.ttf", "timesi.ttf");
        Cli.Result three = Cli.runWithoutFonts("check", "--templates", templates.toString(), content);
        assertEquals(List.of(fonts + ": cảnh báo: " + WARNING + " (cùng cỡ chữ với Times New Roman), không phải phông"
                + " Times New Roman mà Nghị định 30/2020/NĐ-CP quy định: chưa tìm thấy đủ 4 kiểu Times New Roman (thường,"
                + " đậm, nghiêng, đậm nghiêng): " + fonts + " thiếu timesbi.ttf (đậm nghiêng); thư mục phông của hệ điều"
                + " hành cũng không có đủ 4 kiểu; hãy chép tệp timesbi.ttf vào " + fonts + ", hoặc vào một thư mục ngoài"
                + " kho nội dung rồi đặt biến môi trường PLANDOC_FONTS là thư mục đó (giấy phép của phông không cho đăng"
                + " kèm kho công khai), hoặc cài Times New Roman vào máy, rồi tạo lại (README, mục \"Phông chữ\")"),
                three.err(), three.errText());
        assertTrue(three.outText().contains("0 lỗi, 1 cảnh báo"), three.outText());
        Cli.Result english = Cli.runWithoutFonts("--lang", "en", "check", "--templates", templates.toString(), content);
        assertTrue(english.errText().startsWith(fonts + ": warning: the issued documents would print in Liberation"
                + " Serif"), english.errText());
        assertTrue(english.errText().contains(": " + fonts + " lacks timesbi.ttf (bold italic); nor do the system font"
                + " folders hold all four; copy timesbi.ttf into " + fonts + ", or into a folder outside"), english.errText());

        // PLANDOC_FONTS mistyped: said to be no folder, and the warning stands there, where the message sends the officer.
        Path typo = temp.resolve("phong-chuu");
        Cli.Result missing = Cli.runWith(java.util.Map.of("PLANDOC_FONTS", typo.toString()), "check", "--templates",
                templates.toString(), content);
        assertTrue(missing.errText().startsWith(typo + ": cảnh báo: " + WARNING), missing.errText());
        assertTrue(missing.errText().contains(": " + fonts + " thiếu timesbi.ttf (đậm nghiêng); không có thư mục " + typo
                + " mà biến môi trường PLANDOC_FONTS chỉ tới; thư mục phông của hệ điều hành cũng không có đủ 4 kiểu;"
                + " hãy sửa biến PLANDOC_FONTS cho đúng thư mục chứa phông (gõ nhầm tên?), hoặc tạo thư mục " + typo
                + " rồi chép các tệp times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf vào đó"), missing.errText());
        Cli.Result missingEn = Cli.runWith(java.util.Map.of("PLANDOC_FONTS", typo.toString()), "--lang", "en", "check",
                "--templates", templates.toString(), content);
        assertTrue(missingEn.errText().contains("there is no folder " + typo + ", which the PLANDOC_FONTS environment"
                + " variable names;") && missingEn.errText().contains("set PLANDOC_FONTS to the folder that holds the"
                + " fonts (a typo in its name?), or create the folder " + typo), missingEn.errText());
    }

    /**
     * s28 re-read L-c: a build whose issued plans all had errors published none, yet printed and counted "văn bản ban
     * hành sẽ in bằng phông Liberation Serif" ("1 lỗi, 1 cảnh báo", "Đã tạo 0/1"). The build's warning follows what it
     * publishes, as a build answered from its record does.
     */
    @Test
    void aBuildThatPublishesNoIssuedPlanNeitherPrintsNorCountsTheWarning() throws IOException {
        Path templates = issuedPlanAndTemplates();
        Path plan = temp.resolve("content").resolve("ke-hoach");
        Files.writeString(plan.resolve("plan.yaml"), TestPlans.DECISION + "khoa-la: 1\n");
        Cli.Result broken = Cli.runWithoutFonts("build", "--content", temp.resolve("content").toString(), "--templates",
                templates.toString(), "--out", temp.resolve("site").toString());
        assertEquals(1, broken.exit(), broken.errText());
        assertTrue(broken.outText().contains("Đã kiểm tra 1 văn bản: 1 lỗi, 0 cảnh báo.")
                && broken.outText().contains("Đã tạo 0/1 văn bản"), broken.outText());
        assertTrue(!broken.errText().contains(WARNING), broken.errText());

        // Mended, the plan is published, and the warning printed and counted (by the build, then by its replay).
        Files.writeString(plan.resolve("plan.yaml"), TestPlans.DECISION);
        for (int run = 0; run < 2; run++) {
            Cli.Result built = Cli.runWithoutFonts("build", "--content", temp.resolve("content").toString(),
                    "--templates", templates.toString(), "--out", temp.resolve("site").toString());
            assertWarnedAndCounted(built, 1, "Đã kiểm tra 1 văn bản: 0 lỗi, 1 cảnh báo.");
        }
    }

    /**
     * --quiet prints the problems and drops the summaries: the warning is printed, nothing counts it, and --strict
     * still fails on it, saying so; --draft of content holding an issued plan prints no issued plan: neither.
     */
    @Test
    void aQuietBuildPrintsTheWarningAndADraftBuildNeither() throws IOException {
        Path templates = issuedPlanAndTemplates();
        Path draft = Files.createDirectories(temp.resolve("content").resolve("du-thao"));
        Files.writeString(draft.resolve("plan.yaml"), DRAFT);
        String content = temp.resolve("content").toString();
        Cli.Result quiet = Cli.runWithoutFonts("build", "-q", "--strict", "--content", content, "--templates",
                templates.toString(), "--out", temp.resolve("site").toString());
        assertEquals(1, quiet.exit(), quiet.errText());
        assertEquals(1, quiet.err().stream().filter(l -> l.contains(WARNING)).count(), quiet.errText());
        assertTrue(quiet.outText().isBlank(), quiet.outText());
        assertTrue(quiet.errText().contains("--strict"), quiet.errText());

        Cli.Result drafts = Cli.runWithoutFonts("build", "--draft", "--content", content, "--templates",
                templates.toString(), "--out", temp.resolve("site-draft").toString());
        assertWarnedAndCounted(drafts, 0, "Đã kiểm tra 2 văn bản: 0 lỗi, 0 cảnh báo.");
    }

    /**
     * s37 review L3: a draft build's closing line had its own shorter wording ("PDF nhúng phông Liberation Serif …
     * chép … vào templates/fonts/"), with no PLANDOC_FONTS and no licence hint. It is now the check's warning, word for
     * word, at the same folder, only not counted; in English too.
     */
    @Test
    void aDraftBuildSaysTheWarningsOwnWords() throws IOException {
        Path templates = issuedPlanAndTemplates();
        Path draft = Files.createDirectories(temp.resolve("content").resolve("du-thao"));
        Files.writeString(draft.resolve("plan.yaml"), DRAFT);
        String content = temp.resolve("content").toString();
        for (String language : List.of("vi", "en")) {
            Cli.Result check = Cli.runWithoutFonts("--lang", language, "check", "--templates", templates.toString(),
                    content);
            List<String> warning = check.err().stream().filter(l -> l.contains("PLANDOC_FONTS")).toList();
            assertEquals(1, warning.size(), check.errText());
            String severity = language.equals("vi") ? ": cảnh báo: " : ": warning: ";
            assertTrue(warning.get(0).contains(severity), warning.get(0));
            Cli.Result drafts = Cli.runWithoutFonts("--lang", language, "build", "--draft", "--content", content,
                    "--templates", templates.toString(), "--out", temp.resolve("site-" + language).toString());
            assertEquals(0, drafts.exit(), drafts.errText());
            assertEquals(List.of(warning.get(0).replace(severity, ": ")),
                    drafts.out().stream().filter(l -> l.contains("Liberation Serif")).toList(), drafts.outText());
            assertTrue(warning.get(0).contains(language.equals("vi") ? "giấy phép" : "licence"), warning.get(0));
        }
    }

    /** {@code lines} warning lines on the error stream, and the summary that counts them. */
    /**
     * s29 tryout F8: Liberation Serif renamed times.ttf … (an office's substitute) was taken for Times New Roman, "0 cảnh
     * báo", and the PDF embedded LiberationSerif. The files' name tables are read: the same stand-in warning as for
     * missing faces, naming the files and the font they hold, and counted as it is.
     */
    @Test
    void aRenamedFontIsNotTimesNewRoman() throws IOException {
        Path templates = issuedPlanAndTemplates();
        String content = temp.resolve("content").toString();
        Path fonts = Files.createDirectories(templates.resolve("fonts"));
        List<String> faces = List.of("serif-regular.ttf", "serif-bold.ttf", "serif-italic.ttf", "serif-bold-italic.ttf");
        List<String> names = List.of("times.ttf", "timesbd.ttf", "timesi.ttf", "TIMESBI.TTF");
        for (int i = 0; i < 4; i++) {
            Files.copy(plandoc.TestFonts.folder().resolve(faces.get(i)), fonts.resolve(names.get(i)));
        }
        Cli.Result check = Cli.runWithoutFonts("check", "--templates", templates.toString(), content);
        assertEquals(List.of(fonts + ": cảnh báo: " + WARNING + " (cùng cỡ chữ với Times New Roman), không phải phông"
                + " Times New Roman mà Nghị định 30/2020/NĐ-CP quy định: chưa tìm thấy đủ 4 kiểu Times New Roman (thường,"
                + " đậm, nghiêng, đậm nghiêng): times.ttf (thường), timesbd.ttf (đậm), timesi.ttf (nghiêng), TIMESBI.TTF"
                + " (đậm nghiêng) trong " + fonts + " là phông Liberation Serif, không phải Times New Roman (tệp đổi tên?)"
                + " nên không dùng: hãy thay bằng tệp Times New Roman thật; thư mục phông của hệ điều hành cũng không có đủ 4 kiểu; hãy chép các tệp times.ttf,"
                + " timesbd.ttf, timesi.ttf, TIMESBI.TTF vào " + fonts + ", hoặc vào một thư mục ngoài kho nội dung rồi"
                + " đặt biến môi trường PLANDOC_FONTS là thư mục đó (giấy phép của phông không cho đăng kèm kho công"
                + " khai), hoặc cài Times New Roman vào máy, rồi tạo lại (README, mục \"Phông chữ\")"),
                check.err(), check.errText());
        assertTrue(check.outText().contains("0 lỗi, 1 cảnh báo"), check.outText());

        // Built: the warning counted, the PDF in the bundled Liberation Serif (the same faces as the renamed files).
        Cli.Result built = Cli.runWithoutFonts("--lang", "en", "build", "--content", content, "--templates",
                templates.toString(), "--out", temp.resolve("site").toString());
        assertWarnedAndCounted(built, 0, "0 errors, 1 warning");
        assertTrue(built.errText().contains(": times.ttf (regular), timesbd.ttf (bold), timesi.ttf (italic), TIMESBI.TTF"
                + " (bold italic) in " + fonts + ": the font Liberation Serif, not Times New Roman (renamed?), so not used:"
                + " put the real Times New Roman files in their place; nor do the system font folders"), built.errText());

        // Times New Roman's name in the bold file, but its regular face: the file and the face it holds are named.
        Files.delete(fonts.resolve("TIMESBI.TTF"));
        putTimesNewRoman(fonts, "serif-regular.ttf", "times.ttf");
        putTimesNewRoman(fonts, "serif-italic.ttf", "timesi.ttf");
        putTimesNewRoman(fonts, "serif-bold-italic.ttf", "timesbi.ttf");
        Files.write(fonts.resolve("timesbd.ttf"), plandoc.TestFonts.timesNewRoman(
                Files.readAllBytes(plandoc.TestFonts.folder().resolve("serif-regular.ttf")), "Regular"));
        Cli.Result face = Cli.runWithoutFonts("check", "--templates", templates.toString(), content);
        assertTrue(face.errText().contains("): timesbd.ttf (đậm) trong " + fonts + " là kiểu Regular của Times New Roman,"
                + " không phải kiểu đậm, nên không dùng; thư mục phông"), face.errText());
    }

    /** {@code names} in {@code folder}: the tests' face {@code face}, named in the font as Times New Roman's face. */
    private static void putTimesNewRoman(Path folder, String face, String... names) throws IOException {
        byte[] font = Files.readAllBytes(plandoc.TestFonts.folder().resolve(face));
        for (String name : names) {
            String subfamily = name.equals("times.ttf") ? "Regular" : name.equals("timesbd.ttf") ? "Bold"
                    : name.equals("timesi.ttf") ? "Italic" : "Bold Italic";
            Files.write(folder.resolve(name), plandoc.TestFonts.timesNewRoman(font, subfamily));
        }
    }

    private static void assertWarnedAndCounted(Cli.Result result, int lines, String summary) {
        assertEquals(0, result.exit(), result.errText());
        assertEquals(lines, result.err().stream().filter(l -> l.contains(WARNING)).count(), result.errText());
        assertTrue(result.outText().contains(summary), result.outText());
    }

    private Cli.Result buildWithFonts(Path templates, Path office, Path site, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", temp.resolve("content").toString(),
                "--templates", templates.toString(), "--out", site.toString()));
        args.addAll(List.of(extra));
        Cli.Result built = Cli.runWith(java.util.Map.of("PLANDOC_FONTS", office.toString()), args.toArray(String[]::new));
        assertEquals(0, built.exit(), built.errText());
        return built;
    }

    private static List<Path> pdfs(Path site) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** The base names (no subset prefix) of the fonts the site's PDFs' pages use, read back with PDFBox, sorted. */
    private static List<String> pdfFontNames(Path site) throws IOException {
        Set<String> names = new java.util.TreeSet<>();
        List<Path> pdfs = pdfs(site);
        assertTrue(!pdfs.isEmpty(), "no PDF in " + site);
        for (Path pdf : pdfs) {
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                    var resources = page.getResources();
                    for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                        String font = resources.getFont(name).getName();
                        names.add(font.substring(font.indexOf('+') + 1));
                    }
                }
            }
        }
        return List.copyOf(names);
    }

    /** The office's own serif files (templates/fonts/serif-*.ttf) are its choice: no warning. */
    @Test
    void anOfficesOwnSerifFilesAreItsChoice() throws IOException {
        Path templates = issuedPlanAndTemplates();
        plandoc.render.StandInFonts.install(templates);
        Cli.Result own = Cli.runWithoutFonts("check", "--strict", "--templates", templates.toString(),
                temp.resolve("content").toString());
        assertEquals(0, own.exit(), "the office's own fonts: " + own.errText());
    }

    /**
     * An issued plan in content/ and a copy of the templates, which are returned; the test is skipped on a machine
     * with Times New Roman installed (no stand-in to warn of).
     */
    private Path issuedPlanAndTemplates() throws IOException {
        Path templates = TestFiles.copyTree(Path.of("templates"), temp.resolve("templates"));
        assumeTrue(PdfFonts.load(templates).fallback(), "Times New Roman is installed here");
        Path plan = Files.createDirectories(temp.resolve("content").resolve("ke-hoach"));
        Files.writeString(plan.resolve("plan.yaml"), TestPlans.DECISION);
        return templates;
    }

    private static Cli.Result build(Path templates, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--draft", "--content",
                out.getParent().resolve("content").toString(), "--templates", templates.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        Cli.Result result = Cli.runWithoutFonts(args.toArray(String[]::new));
        assertEquals(0, result.exit(), result.errText());
        return result;
    }

    private static long notices(Cli.Result result) {
        return result.out().stream().filter(line -> line.contains(WARNING)).count();
    }

    /** A change to the plan, so that the next build renders it. */
    private static void edit(Path plan) throws IOException {
        Files.writeString(plan.resolve("plan.yaml"), "# sửa\n", java.nio.file.StandardOpenOption.APPEND);
    }
}
