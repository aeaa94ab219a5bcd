package plandoc.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plandoc.Generator;
import plandoc.resolved.SheetLayout;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ArticleView;
import plandoc.resolved.Block;
import plandoc.resolved.CellRef;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableView;

/**
 * The office files opened by LibreOffice, as the finance and legal departments open them: the
 * workbook recalculated on load (after one item amount is raised) gives plandoc's totals and re-totals
 * the group and the grand row; the Word copy printed to PDF holds every figure and every heading that
 * plandoc's own PDF holds. Skipped, saying so, where LibreOffice is not installed.
 */
class LibreOfficeTest {

    @TempDir
    static Path work;

    private static Path profile;
    private static final java.util.Map<String, List<String>> PRINTED = new java.util.HashMap<>();

    @BeforeAll
    static void libreOffice() throws IOException {
        assumeTrue(onPath("soffice"), "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc-nogui "
                + "libreoffice-writer-nogui; skipping the LibreOffice checks");
        // A profile of our own that recalculates OOXML files on load instead of trusting saved values.
        profile = work.resolve("profile");
        Path user = profile.resolve("user");
        Files.createDirectories(user);
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void recalculatedWorkbookGivesPlandocsTotals(String slug) throws Exception {
        ResolvedPlan plan = plan(slug);
        RenderedPlan rendered = TestRenderers.bundled(slug).files();
        List<SheetLayout> places = plan.workbook().sheets();
        TableView first = plan.table(places.get(0).tableId()).orElseThrow();
        int item = kindRow(first, "item");
        int total = first.columns().size() - 1;
        byte[] changed;
        int firstBody;
        CellRef changedAt;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(rendered.file(plan.info().fileStem() + ".xlsx").bytes()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            firstBody = firstBody(sheet, first);
            Row row = sheet.getRow(firstBody + item);
            Cell amount = null;
            for (int c = 0; c < total && amount == null; c++) {
                if (row.getCell(c) != null && row.getCell(c).getCellType() == CellType.NUMERIC) {
                    amount = row.getCell(c);
                }
            }
            amount.setCellValue(amount.getNumericCellValue() + 1);
            changedAt = new CellRef(item, amount.getColumnIndex());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            changed = out.toByteArray();
        }
        Path xlsx = work.resolve(slug + ".xlsx");
        Files.write(xlsx, changed);
        Path out = Files.createDirectories(work.resolve(slug + "-csv"));
        convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1", out);
        for (int t = 0; t < places.size(); t++) {
            TableView table = plan.table(places.get(t).tableId()).orElseThrow();
            String sheetName = sheetName(rendered, plan, t);
            List<List<String>> csv = csv(out.resolve(slug + "-" + sheetName + ".csv"));
            int body = t == 0 ? firstBody : firstBodyOf(csv, table);
            int checked = 0;
            for (int r = 0; r < table.rows().size(); r++) {
                int c = 0;
                for (CellView cell : table.rows().get(r).cells()) {
                    if (cell.value().isPresent()) {
                        double expected = cell.value().get().doubleValue();
                        if (t == 0 && dependsOn(table, new CellRef(r, c), changedAt, new java.util.HashMap<>())) {
                            expected += 1;
                        }
                        // The format is tagged Vietnamese, so LibreOffice writes even raw values with a decimal comma.
                        String field = csv.get(body + r).get(c).replace(',', '.');
                        assertEquals(expected, Double.parseDouble(field), 1e-6,
                                sheetName + " row " + (body + r + 1) + " column " + (c + 1));
                        checked++;
                    }
                    c += cell.colspan();
                }
            }
            assertTrue(checked > 0, sheetName);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void wordCopyPrintsEveryFigureAndHeadingOfThePdf(String slug) throws Exception {
        ResolvedPlan plan = plan(slug);
        RenderedPlan rendered = TestRenderers.bundled(slug).files();
        Path docx = work.resolve(slug + ".docx");
        Files.write(docx, rendered.file(plan.info().fileStem() + ".docx").bytes());
        Path out = Files.createDirectories(work.resolve(slug + "-pdf"));
        convert(docx, "pdf", out);
        String word = text(Files.readAllBytes(out.resolve(slug + ".pdf")));
        String pdf = text(rendered.file(plan.info().fileStem() + ".pdf").bytes());
        List<String> wanted = new ArrayList<>();
        wanted.add(plan.header().kindHeading());
        wanted.add(plan.header().title());
        plan.articles().stream().map(ArticleView::label).forEach(wanted::add);
        plan.body().sections().forEach(s -> headings(s, wanted));
        for (AppendixView appendix : plan.appendices()) {
            wanted.add(appendix.heading());
            wanted.add(appendix.title().plain());
            appendix.blocks().stream().filter(SectionBlock.class::isInstance)
                    .forEach(b -> headings(((SectionBlock) b).section(), wanted));
        }
        for (TableView table : plan.tables()) {
            for (RowView row : table.rows()) {
                for (CellView cell : row.cells()) {
                    if (cell.value().isPresent()) {
                        wanted.add(cell.plain());
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String text : wanted) {
            String normal = text.replaceAll("\\s+", " ").strip();
            if (normal.isEmpty() || !pdf.contains(normal)) {
                continue; // only what plandoc's own PDF prints
            }
            if (!word.contains(normal)) {
                missing.add(normal);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(wanted.size() > 50, "checked " + wanted.size());
    }

    /** Whether a cell's live sum takes in {@code changed}, directly or through other sums. */
    private static boolean dependsOn(TableView table, CellRef cell, CellRef changed, java.util.Map<CellRef, Boolean> memo) {
        if (cell.equals(changed)) {
            return true;
        }
        Boolean known = memo.get(cell);
        if (known != null) {
            return known;
        }
        boolean depends = table.sums().sums().stream().filter(s -> s.cell().equals(cell)).findFirst()
                .map(s -> s.parts().stream().anyMatch(p -> dependsOn(table, p, changed, memo))).orElse(false);
        memo.put(cell, depends);
        return depends;
    }

    private static void headings(SectionView section, List<String> out) {
        if (section.hasTitle()) {
            out.add((section.number() + " " + section.title().plain()).strip());
        }
        for (Block b : section.blocks()) {
            if (b instanceof SectionBlock nested) {
                headings(nested.section(), out);
            }
        }
    }

    /**
     * s18 review, finding 6: LibreOffice printed 4086's group row "II Ứng dụng … đời sống xã hội" last on page 1 and
     * its items on page 2. The workbook printed to PDF by LibreOffice: every page that prints a group heading also
     * prints the row under it (the page's text, read by PDFBox), so no page ends with one; 4086's seven group
     * headings are all checked.
     */
    @Test
    void printedWorkbookKeepsEveryGroupHeadingWithTheRowUnderIt() throws Exception {
        // 424's budgets have no group headings (RowBreaksTest reads both workbooks' breaks).
        String slug = "ha-tinh-4086-2012";
        ResolvedPlan plan = plan(slug);
        List<String> pages = printedWorkbook(slug).stream().map(p -> p.replaceAll("\\s+", " ")).toList();
        int groups = 0;
        for (SheetLayout place : plan.workbook().sheets()) {
            List<RowView> rows = plan.table(place.tableId()).orElseThrow().rows();
            for (int r = 0; r + 1 < rows.size(); r++) {
                if (rows.get(r).kind() != plandoc.resolved.RowKind.GROUP) {
                    continue;
                }
                String group = titleStart(rows.get(r));
                String next = titleStart(rows.get(r + 1));
                List<Integer> printing = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    if (pages.get(p).contains(group)) {
                        printing.add(p + 1);
                        assertTrue(pages.get(p).contains(next), slug + " page " + (p + 1) + " prints \"" + group
                                + "\" without the row under it, \"" + next + "\"");
                    }
                }
                assertFalse(printing.isEmpty(), slug + ": \"" + group + "\" is printed");
                groups++;
            }
        }
        assertEquals(7, groups, slug + "'s group headings I–VII");
    }

    /**
     * Tryout s18, finding 8: LibreOffice printed 424's workbook on 31 pages, four of them holding a last item and
     * "Tổng" alone, the text half of Phụ lục 03 and 04 ending with a "Tổng" over empty cells, and the check sheet a
     * page of column headings over nothing. The workbook printed by LibreOffice has exactly the pages its row breaks
     * and print areas make, part after part, so LibreOffice added no break of its own and printed each part's area as
     * written (PrintedPartsTest: a text part's ends above the "Tổng"; RowBreaksTest: no page opens with a total); each
     * page of a table opens with the row the breaks put first; the check sheet of a plan without declared figures
     * prints no page (s20; up to s19 its sentence, before s19 its headings over nothing).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void printedWorkbookHasThePagesItsBreaksMake(String slug) throws Exception {
        ResolvedPlan plan = plan(slug);
        List<String> pages = printedWorkbook(slug);
        List<SheetLayout> places = plan.workbook().sheets();
        List<String> expected = new ArrayList<>();
        List<String> opening = new ArrayList<>();
        RenderedPlan rendered = TestRenderers.bundled(slug).files();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(rendered.file(plan.info().fileStem() + ".xlsx").bytes()))) {
            for (int t = 0; t < places.size(); t++) {
                TableView table = plan.table(places.get(t).tableId()).orElseThrow();
                XSSFSheet sheet = book.getSheetAt(t);
                int firstBody = firstBody(sheet, table);
                List<Integer> starts = new ArrayList<>(List.of(firstBody));
                java.util.Arrays.stream(sheet.getRowBreaks()).sorted().forEach(b -> starts.add(b + 1));
                String area = book.getPrintArea(t);
                List<Integer> bottoms = area == null ? List.of(sheet.getLastRowNum()) : java.util.Arrays.stream(area.split(","))
                        .map(a -> org.apache.poi.ss.util.CellRangeAddress.valueOf(a.substring(a.indexOf('!') + 1)).getLastRow())
                        .toList();
                for (int part = 0; part < bottoms.size(); part++) {
                    for (int start : starts) {
                        if (start <= bottoms.get(part)) {
                            expected.add(sheet.getSheetName() + ", part " + (part + 1) + ", from row " + (start + 1));
                            opening.add(titleStart(table.rows().get(start - firstBody)));
                        }
                    }
                }
            }
        }
        // The check sheet of a plan without declared figures says so on screen and prints no page (s20: a page of
        // one sentence in the printed dossier); a plan declaring figures (424, print.undetermined: declared) prints
        // its check sheet after the tables.
        boolean declares = plan.tables().stream().anyMatch(t -> !t.sums().checks().declared().isEmpty());
        List<String> tablePages = pages.subList(0, Math.min(expected.size(), pages.size()));
        List<String> after = pages.subList(tablePages.size(), pages.size());
        // 424's split rows after it, on their own sheet (s29).
        assertTrue(declares ? !after.isEmpty() && after.stream().allMatch(page -> page.contains("ĐỐI CHIẾU SỐ LIỆU")
                || page.contains("ĐỐI CHIẾU KINH PHÍ MỖI DÒNG"))
                : after.isEmpty(), slug + ": the tables' pages " + expected + (declares ? ", then the check sheet" : ", no check sheet")
                + "; after them: " + after);
        for (int p = 0; p < expected.size(); p++) {
            String page = pages.get(p).replaceAll("\\s+", " ");
            assertTrue(page.contains(opening.get(p)), slug + " page " + (p + 1) + " (" + expected.get(p) + ") opens with \""
                    + opening.get(p) + "\": " + page);
        }
        assertEquals(List.of(), tablePages.stream().filter(page -> page.contains("ĐỐI CHIẾU SỐ LIỆU")
                || page.contains("ĐỐI CHIẾU KINH PHÍ MỖI DÒNG") || page.contains("Tệp nguồn không ghi lại số tổng nào")).toList());
        assertEquals(List.of(), pages.stream().filter(page -> page.contains("Tệp nguồn không ghi lại số tổng nào")).toList());
    }

    /**
     * Rule G2, each appendix numbered from 1 (s34 pages review 1): LibreOffice prints and exports a workbook whole,
     * and numbered its pages across the sheets ("Trang 5/36" on 424's Phụ lục 02, "Trang 6/7" on 4086's check sheet).
     * Printed to PDF, the pages' footers read "Trang 1", "Trang 2"… starting again at 1 once for every sheet that
     * prints: each table's, and the check sheets of a plan declaring figures. Every page of an appendix's sheet names
     * the appendix before its number, "Phụ lục 02 – Trang 3", its continuation pages too (s35 review L6: "Trang 3" alone),
     * and a check sheet's its own name, "Kiểm tra – Trang 1" (s36 review L6).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ha-tinh-4086-2012", "ha-tinh-424-2022"})
    void printedWorkbookNumbersEachSheetsPagesFromOne(String slug) throws Exception {
        ResolvedPlan plan = plan(slug);
        java.util.regex.Pattern footer = java.util.regex.Pattern.compile("(?m)^(?:(.+) – )?Trang (\\S+)\\s*$");
        List<String> numbers = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (String page : printedWorkbook(slug)) {
            java.util.regex.Matcher found = footer.matcher(page);
            boolean has = found.find();
            numbers.add(has ? found.group(2) : "none");
            named.add(has && found.group(1) != null ? found.group(1) : "");
        }
        List<String> appendixSheets = plan.workbook().sheets().stream().map(plandoc.resolved.SheetLayout::name).toList();
        List<String> namedRuns = new ArrayList<>();
        for (int p = 0; p < named.size(); p++) {
            if (numbers.get(p).equals("1")) {
                namedRuns.add(named.get(p));
            } else {
                assertEquals(named.get(p - 1), named.get(p), slug + " page " + (p + 1) + ": names the appendix its sheet's first page named");
            }
        }
        boolean declares = plan.tables().stream().anyMatch(t -> !t.sums().checks().declared().isEmpty());
        // The check sheets that print name themselves too (s36 review L6: "Trang 1"… alone after the appendices).
        List<String> sheetNames = new ArrayList<>(appendixSheets);
        if (declares) {
            sheetNames.add(plandoc.compute.SheetLayouts.CHECK_SHEET);
            plan.workbook().check().splits().ifPresent(s -> sheetNames.add(plandoc.compute.SheetLayouts.SPLIT_CHECK_SHEET));
        }
        assertEquals(sheetNames, namedRuns, slug + ": each sheet's pages name its appendix, or the check sheet");
        int sheets = plan.workbook().sheets().size() + (declares ? 1 : 0)
                + (declares && plan.workbook().check().splits().isPresent() ? 1 : 0);
        List<String> expected = new ArrayList<>();
        int runs = 0;
        for (int p = 0; p < numbers.size(); p++) {
            // Each page one more than the page before it, or a sheet's first page.
            boolean first = numbers.get(p).equals("1");
            runs += first ? 1 : 0;
            expected.add(first || p == 0 ? "1" : String.valueOf(Integer.parseInt(expected.get(p - 1)) + 1));
        }
        assertEquals(expected, numbers, slug + ": every page numbered, one after the other within its sheet");
        assertEquals(sheets, runs, slug + ": a page numbered 1 for each sheet that prints: " + numbers);
    }

    /**
     * s23 tryout L4: LibreOffice printed every figure against its cell's right rule ("500,0|", "750,5|"), and on the
     * check sheet the difference ran into the result beside it ("0,0Khớp"). In the workbooks printed by LibreOffice
     * every figure of the tables and of the check sheet stands at least 2 pt clear of the rule at its right (the
     * page's upright strokes, read with PDFBox; it stood 1 pt from it), and "Khớp" stands in the middle of
     * its cell, clear of the difference (per-group-numbering declares two figures that match).
     */
    @ParameterizedTest
    @ValueSource(strings = {"content/ha-tinh-4086-2012", "content/ha-tinh-424-2022",
        "src/test/resources/fixtures/per-group-numbering"})
    void printedFiguresStandClearOfTheRuleAtTheirRight(String folder) throws Exception {
        ResolvedPlan plan = new Generator(Path.of("")).resolve(Path.of(folder)).resolved().orElseThrow();
        java.util.Set<String> figures = new java.util.HashSet<>();
        for (TableView table : plan.tables()) {
            table.rows().forEach(row -> row.cells().stream().filter(c -> c.value().isPresent())
                    .forEach(c -> figures.add(c.plain())));
            for (plandoc.resolved.DeclaredFigure figure : table.sums().checks().declared()) {
                figures.add(figure.printedDeclared());
                figure.computed().ifPresent(computed -> {
                    figures.add(figure.printedComputed());
                    figures.add(plandoc.compute.VietnameseNumbers.format(figure.declared().subtract(computed),
                            table.decimals()));
                });
            }
        }
        List<String> tight = new ArrayList<>();
        int checked = 0;
        int results = 0;
        try (PDDocument document = Loader.loadPDF(printedPdf(Path.of(folder)))) {
            for (plandoc.layout.PrintedLines.Page page : plandoc.layout.PrintedLines.read(document)) {
                List<java.awt.geom.Rectangle2D> rules = plandoc.layout.HorizontalRules.uprights(
                        document.getPage(page.number() - 1));
                for (plandoc.layout.PrintedLines.Line line : page.lines()) {
                    for (List<plandoc.layout.PrintedLines.Glyph> word : words(line)) {
                        String text = word.stream().map(plandoc.layout.PrintedLines.Glyph::text)
                                .collect(java.util.stream.Collectors.joining());
                        float left = word.get(0).x();
                        float right = word.get(word.size() - 1).right();
                        // Half way up the figure, in the PDF's coordinates (from the bottom), as the rules are.
                        double y = page.height() - (word.get(0).baseline() - word.get(0).size() / 3);
                        String where = folder + " page " + page.number() + " \"" + text + "\"";
                        if (figures.contains(text)) {
                            double gap = nearest(rules, y, (left + right) / 2, true) - right;
                            if (gap < 2) {
                                tight.add(where + ": " + String.format(java.util.Locale.ROOT, "%.2f pt", gap));
                            }
                            checked++;
                        } else if (text.equals("Khớp")) {
                            double before = left - nearest(rules, y, (left + right) / 2, false);
                            double after = nearest(rules, y, (left + right) / 2, true) - right;
                            assertEquals(before, after, 2, where + " in the middle of its cell");
                            results++;
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), tight, "figures within 2 pt of the rule at their right");
        assertTrue(checked > 10, folder + ": " + checked + " figures checked");
        if (folder.contains("per-group-numbering")) {
            assertEquals(2, results, "the two matching figures' results, each a word of its own");
        }
    }

    /** A printed line's words: its glyphs split where they stand further apart than a fifth of the type size. */
    private static List<List<plandoc.layout.PrintedLines.Glyph>> words(plandoc.layout.PrintedLines.Line line) {
        List<List<plandoc.layout.PrintedLines.Glyph>> words = new ArrayList<>();
        List<plandoc.layout.PrintedLines.Glyph> word = new ArrayList<>();
        for (plandoc.layout.PrintedLines.Glyph glyph : line.glyphs()) {
            if (!word.isEmpty() && glyph.x() - word.get(word.size() - 1).right() > glyph.size() / 5) {
                words.add(word);
                word = new ArrayList<>();
            }
            word.add(glyph);
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    /** The x of the nearest upright rule crossing height {@code y}, right (or left) of {@code x}. */
    private static double nearest(List<java.awt.geom.Rectangle2D> rules, double y, double x, boolean right) {
        return rules.stream().filter(r -> r.getMinY() <= y && y <= r.getMaxY())
                .mapToDouble(r -> right ? r.getMinX() : r.getMaxX()).filter(rx -> right ? rx > x : rx < x)
                .reduce(right ? Math::min : Math::max).orElseThrow(() -> new AssertionError("no rule " + (right ? "right" : "left")
                        + " of x " + x + " at y " + y));
    }

    /** The plan's workbook printed to PDF by LibreOffice once per class: each page's text, lines kept. */
    private static List<String> printedWorkbook(String slug) throws Exception {
        List<String> known = PRINTED.get(slug);
        if (known != null) {
            return known;
        }
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(printedPdf(Path.of("content", slug)))) {
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document).replace('\u00A0', ' '));
            }
        }
        PRINTED.put(slug, pages);
        return pages;
    }

    /** The workbook of the plan in {@code folder} printed to PDF by LibreOffice. */
    private static byte[] printedPdf(Path folder) throws Exception {
        String name = folder.getFileName().toString();
        Path pdf = work.resolve(name + "-print").resolve(name + "-print.pdf");
        if (!Files.exists(pdf)) {
            TestRenderers.Rendered once = TestRenderers.once(folder);
            ResolvedPlan plan = once.plan();
            RenderedPlan rendered = once.files();
            Path xlsx = work.resolve(name + "-print.xlsx");
            Files.write(xlsx, rendered.file(plan.info().fileStem() + ".xlsx").bytes());
            convert(xlsx, "pdf", Files.createDirectories(pdf.getParent()));
        }
        return Files.readAllBytes(pdf);
    }

    /** The first words of a row's title, as the page's text holds them (a wrapped title's lines joined by a space). */
    private static String titleStart(RowView row) {
        String title = row.cells().stream().filter(c -> c.role() == CellRole.TITLE).findFirst().orElseThrow().plain()
                .replaceAll("\\s+", " ").strip();
        return title.substring(0, Math.min(title.length(), 45));
    }

    private static ResolvedPlan plan(String slug) {
        return TestRenderers.bundled(slug).plan();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A title's phrases are held together by no-break spaces in the Word copy (render.TitlePhrases).
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static void convert(Path file, String to, Path outDir) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--convert-to", to, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "soffice did not finish");
        assertEquals(0, process.exitValue(), Files.readString(work.resolve("soffice.log")));
    }

    private static String sheetName(RenderedPlan rendered, ResolvedPlan plan, int index) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(rendered.file(plan.info().fileStem() + ".xlsx").bytes()))) {
            return book.getSheetAt(index).getSheetName();
        }
    }

    private static int kindRow(TableView table, String kind) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (table.rows().get(i).kind().id().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstBody(XSSFSheet sheet, TableView table) {
        for (Row row : sheet) {
            // In the first column, or over each part's own columns of a table printed in column parts.
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(table.unitLine())) {
                    return row.getRowNum() + 1 + table.header().size();
                }
            }
        }
        throw new AssertionError("no unit line");
    }

    private static int firstBodyOf(List<List<String>> csv, TableView table) {
        for (int r = 0; r < csv.size(); r++) {
            // In the first column, or over the first part's own columns of a table printed in column parts.
            if (csv.get(r).contains(table.unitLine())) {
                return r + 1 + table.header().size();
            }
        }
        throw new AssertionError("no unit line");
    }

    /** RFC 4180 as LibreOffice writes it: quoted fields may hold commas and line breaks. */
    private static List<List<String>> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        return rows;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
