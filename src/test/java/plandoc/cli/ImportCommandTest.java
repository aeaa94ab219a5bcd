package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.TestPlans;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.render.xlsx.BudgetWorkbook;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.PlanValidator;

/**
 * {@code plandoc import} on a sheet laid out like seed 001's PHỤ LỤC 04 (the fixture's items, and the
 * "Tổng" row as printed, one figure typed as text): {@code check} of the imported budget reports the
 * same two "Tổng" mismatches as the transcription does.
 */
class ImportCommandTest {

    @TempDir
    Path dir;

    /**
     * s34 review L1: a file that is not there is said with where it was looked for (its absolute path) and how to
     * write it, and a workbook there whose name is near is offered; vi and en, a usage error (exit 2).
     */
    @Test
    void aMissingFileSaysWhereItWasLookedForAndHowToWriteIt() throws IOException {
        Files.write(dir.resolve("ke-hoach-2027.xlsx"), new byte[] {1});
        Path typed = dir.resolve("ke-hoach-2072.xlsx");
        Cli.Result vi = Cli.run("import", typed.toString());
        assertEquals(2, vi.exit(), vi.errText());
        assertEquals(List.of("lỗi: không có tệp " + typed + " (đã tìm ở " + typed.toAbsolutePath().normalize()
                + "); hãy ghi đường dẫn của tệp Excel tính từ thư mục đang làm việc "
                + Path.of("").toAbsolutePath().normalize() + ", hoặc đường dẫn đầy đủ của nó (kéo tệp vào cửa sổ dòng "
                + "lệnh để có đường dẫn này)", "Có phải ý bạn là \"" + dir.resolve("ke-hoach-2027.xlsx") + "\"?"), vi.err());

        Cli.Result en = Cli.run("import", "--lang", "en", "nofile.xlsx");
        assertEquals(2, en.exit(), en.errText());
        assertEquals(List.of("error: there is no file nofile.xlsx (looked for "
                + Path.of("nofile.xlsx").toAbsolutePath().normalize() + "); write the Excel file's path from the working "
                + "folder " + Path.of("").toAbsolutePath().normalize() + ", or its full path (drag the file into the "
                + "terminal window to get it)"), en.err());
    }

    @Test
    void seed001PhuLuc04ImportsWithItsPrintedTotalsAsDeclared() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());

        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Phụ lục 04", "--budget", "chinh-quyen");
        assertEquals(0, result.exit(), result.errText());
        // The one figure typed as text is read, and said so at its cell.
        assertTrue(result.err().stream().anyMatch(l -> l.matches("PL04\\.xlsx!Phụ lục 04![A-Z]+\\d+: cảnh báo: số ghi dạng chữ "
                + "\"128\\.000\" được đọc là 128000; kiểm tra lại")), result.errText());
        String yaml = result.outText() + "\n";
        assertTrue(yaml.startsWith("budgets:\n  - id: chinh-quyen\n"), yaml.substring(0, 60));

        var outcome = TestPlans.resolve(dir, TestPlans.DECISION + yaml);
        List<String> errors = TestPlans.messages(outcome).stream().filter(m -> m.contains(": lỗi: ")).toList();
        String plan = dir.resolve("ke-hoach/plan.yaml").toString();
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).contains("ke-hoach/plan.yaml:"), errors.get(0) + " " + plan);
        assertTrue(errors.get(0).endsWith("lỗi: bảng kinh phí chinh-quyen: tổng Năm 2022 ghi 128.000 nhưng tính được 125.000 "
                + "(chênh lệch +3.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 128.000"),
                errors.get(0));
        assertTrue(errors.get(1).endsWith("lỗi: bảng kinh phí chinh-quyen: tổng Năm 2024 ghi 117.000 nhưng tính được 120.000 "
                + "(chênh lệch -3.000); sửa số ghi ở declared: nếu gõ nhầm, hoặc số tiền từng dòng nếu văn bản gốc in đúng 117.000"),
                errors.get(1));
    }

    @Test
    void intoAddsTheBudgetToThePlanAndCheckAgrees() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());
        var first = TestPlans.resolve(dir, TestPlans.DECISION + "budgets:\n  - id: khac\n    unit: tỷ đồng\n    items:\n"
                + "      - id: mot\n        title: Một\n        amount: 1\n");
        Path plan = dir.resolve("ke-hoach");
        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Phụ lục 04", "--into", plan.toString(),
                "--budget", "chinh-quyen");
        assertEquals(0, result.exit(), result.errText());
        String text = Files.readString(plan.resolve("plan.yaml"));
        assertTrue(text.contains("\n  - id: khac\n"));
        assertTrue(text.contains("\n  - id: chinh-quyen\n"), text);
        Cli.Result check = Cli.run("check", plan.toString());
        assertEquals(1, check.exit());
        assertTrue(check.errText().contains("tổng Năm 2022 ghi 128.000 nhưng tính được 125.000"), check.errText());
        assertTrue(first.plan().isPresent());
    }

    @Test
    void anUnknownSheetIsAUsageErrorListingTheSheets() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());
        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Phu luc 4");
        assertEquals(2, result.exit());
        assertTrue(result.errText().contains("không có trang tính \"Phu luc 4\""), result.errText());
        assertTrue(result.errText().contains("Phụ lục 04"), result.errText());
        // The nearest offered first, as it is to be typed (s28 tryout F9: the sheets were only listed).
        assertTrue(result.errText().contains("Có phải ý bạn là một trong --sheet \"Phụ lục 04\", "), result.errText());
    }

    /**
     * s28 tryout F9: a sheet's name typed on a keyboard without Vietnamese input ("Du lieu", "phu luc 04") names the
     * one sheet it spells: it was "không có trang tính", the sheet meant not even offered.
     */
    @Test
    void aSheetNameTypedWithoutAccentsNamesTheSheetItSpells() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());
        Cli.Result data = Cli.run("import", sheet.toString(), "--sheet", "Du lieu");
        assertEquals(2, data.exit(), data.errText());
        assertTrue(data.errText().contains("lỗi: trang \"Dữ liệu\" của " + sheet + " là trang dữ liệu do plandoc ghi"),
                data.errText());
        Cli.Result table = Cli.run("import", sheet.toString(), "--sheet", "phu luc 04");
        assertEquals(0, table.exit(), table.errText());
        // plandoc's own table, under its id in the plan (s34), not the sheet's "phu-luc-04".
        assertTrue(table.outText().startsWith("budgets:\n  - id: chinh-quyen\n"), table.outText());
    }

    /** s27 tryout 1: the plan's own table brought back under its id once made a second one that check refused. */
    @Test
    void intoWithAnIdThePlanUsesIsRefusedLeavingThePlanAsItWas() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());
        TestPlans.resolve(dir, TestPlans.DECISION + "budgets:\n  - id: khac\n    unit: tỷ đồng\n    items:\n"
                + "      - id: mot\n        title: Một\n        amount: 1\n");
        Path plan = dir.resolve("ke-hoach");
        byte[] before = Files.readAllBytes(plan.resolve("plan.yaml"));
        int line = List.of(new String(before, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1))
                .indexOf("  - id: khac") + 1;
        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Phụ lục 04", "--into", plan.toString(),
                "--budget", "khac");
        assertEquals(2, result.exit(), result.errText());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), Files.readString(plan.resolve("plan.yaml")));
        assertTrue(result.errText().contains("plan.yaml:" + line + ":9: lỗi: mã \"khac\" đã dùng ở dòng " + line
                + " của plan.yaml, cho một bảng kinh phí; không thêm bảng nào, plan.yaml không thay đổi. Muốn thêm bảng này "
                + "như một bảng mới thì đặt mã khác: --budget khac-2;"), result.errText());
        Cli.Result en = Cli.run("--lang", "en", "import", sheet.toString(), "--sheet", "Phụ lục 04", "--into",
                plan.toString(), "--budget", "khac");
        assertEquals(2, en.exit(), en.errText());
        assertTrue(en.errText().contains("error: the id \"khac\" is already used at line " + line), en.errText());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), Files.readString(plan.resolve("plan.yaml")));
    }

    /** s27 tryout 7: plandoc's own check sheet was refused for lacking a "TT" cell it never has. */
    @Test
    void theCheckSheetIsSaidToBePlandocsWithTheSheetsToImport() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());
        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Kiểm tra");
        assertEquals(2, result.exit(), result.errText());
        assertTrue(result.errText().contains("lỗi: trang \"Kiểm tra\" của " + sheet + " là trang đối chiếu do plandoc ghi"),
                result.errText());
        assertTrue(result.errText().contains("chọn một trang có bảng: --sheet \"Phụ lục "), result.errText());
        assertTrue(result.errText().matches("(?s).*các trang nhập được: Phụ lục [^)]*Phụ lục 04.*"), result.errText());
        assertTrue(!result.errText().contains("Kiểm tra)") && !result.errText().contains("TT"), result.errText());
        Cli.Result en = Cli.run("--lang", "en", "import", sheet.toString(), "--sheet", "Kiểm tra");
        assertTrue(en.errText().contains("is the check sheet plandoc writes"), en.errText());
    }

    /** s29: the split rows' check sheet, on its own since s28 tryout F3, is plandoc's too, not a table without "TT". */
    @Test
    void theSplitRowsCheckSheetIsSaidToBePlandocs() throws IOException {
        Path sheet = dir.resolve("424-QD-UBND.xlsx");
        Files.write(sheet, new BudgetWorkbook().write(new plandoc.Generator(Path.of(""))
                .resolve(Path.of("content/ha-tinh-424-2022")).resolved().orElseThrow()));
        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Kiểm tra hai cách cộng");
        assertEquals(2, result.exit(), result.errText());
        assertTrue(result.errText().contains("lỗi: trang \"Kiểm tra hai cách cộng\" của " + sheet
                + " là trang đối chiếu do plandoc ghi"), result.errText());
        assertTrue(result.errText().matches("(?s).*các trang nhập được: Phụ lục 01.*"), result.errText());
    }

    /** s28: the workbook's data sheet (one row per amount) is plandoc's too, not a table without its "TT" cell. */
    @Test
    void theDataSheetIsSaidToBePlandocsWithTheSheetsToImport() throws IOException {
        Path sheet = dir.resolve("PL04.xlsx");
        Files.write(sheet, phuLuc04AsPrinted());
        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Dữ liệu");
        assertEquals(2, result.exit(), result.errText());
        assertTrue(result.errText().contains("lỗi: trang \"Dữ liệu\" của " + sheet + " là trang dữ liệu do plandoc ghi"),
                result.errText());
        assertTrue(result.errText().matches("(?s).*các trang nhập được: Phụ lục [^)]*Phụ lục 04.*"), result.errText());
        assertTrue(!result.errText().contains("Dữ liệu)") && !result.errText().contains("\"TT\""), result.errText());
        Cli.Result en = Cli.run("--lang", "en", "import", sheet.toString(), "--sheet", "Dữ liệu");
        assertTrue(en.errText().contains("is the data sheet plandoc writes"), en.errText());
    }

    /**
     * s27 tryout 1, what it expected too: plandoc's own workbook of the plan brought back without {@code --budget}
     * added a second copy of the table under the sheet's id ({@code phu-luc-04}), which {@code check} merely warned
     * about. It is refused, naming the table it already is and the ways on (edit it in plan.yaml, see the sheet as
     * YAML, or add it as a new table with an id); a copy made on purpose with {@code --budget} is added and said to
     * be one.
     */
    @Test
    void thePlansOwnTableBackFromItsWorkbookIsRefusedAsTheTableItIs() throws IOException {
        Path plan = plandoc.TestFiles.copyTree(Path.of("src/test/resources/fixtures/seed-001"), dir.resolve("seed"));
        Path sheet = dir.resolve("seed-001.xlsx");
        Files.write(sheet, new BudgetWorkbook().write(seedOne()));
        byte[] before = Files.readAllBytes(plan.resolve("plan.yaml"));
        int line = List.of(new String(before, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1))
                .indexOf("  - id: chinh-quyen                # PHỤ LỤC 04 (seed lines 2401-3204)") + 1;
        assertTrue(line > 0);

        Cli.Result result = Cli.run("import", sheet.toString(), "--sheet", "Phụ lục 04", "--into", plan.toString());
        assertEquals(1, result.exit(), "the file's content, not the command line (s28 tryout F9): " + result.errText());
        assertEquals(new String(before, java.nio.charset.StandardCharsets.UTF_8), Files.readString(plan.resolve("plan.yaml")));
        assertTrue(result.errText().contains("plan.yaml:" + line + ":9: lỗi: bảng đọc từ " + sheet
                + " chính là bảng kinh phí \"chinh-quyen\" đã có ở dòng " + line + " của plan.yaml ("), result.errText());
        assertTrue(result.errText().contains("không thêm bảng nào, plan.yaml không thay đổi. Muốn sửa số liệu của bảng đó "
                + "thì sửa ngay ở dòng " + line + " của plan.yaml"), result.errText());
        assertTrue(result.errText().contains(" import " + sheet + " --sheet \"Phụ lục 04\"; muốn thêm như một bảng mới "
                + "thì đặt mã cho bảng: --budget chinh-quyen-2"), result.errText());
        Cli.Result en = Cli.run("--lang", "en", "import", sheet.toString(), "--sheet", "Phụ lục 04", "--into",
                plan.toString());
        assertEquals(1, en.exit(), en.errText());
        assertTrue(en.errText().contains("is the budget table \"chinh-quyen\" already at line " + line), en.errText());

        Cli.Result copy = Cli.run("import", sheet.toString(), "--sheet", "Phụ lục 04", "--into", plan.toString(),
                "--budget", "chinh-quyen-2");
        assertEquals(0, copy.exit(), copy.errText());
        assertTrue(Files.readString(plan.resolve("plan.yaml")).contains("\n  - id: chinh-quyen-2\n"));
        assertTrue(copy.errText().contains("cảnh báo: bảng kinh phí \"chinh-quyen-2\" vừa thêm là bản sao của bảng "
                + "\"chinh-quyen\" ở dòng " + line), copy.errText());
    }

    /**
     * s28 re-read L-c: an officer's own workbook listing the plan's projects (the next period, a revised estimate) was
     * refused as "chính là bảng kinh phí …" by its rows' titles alone. Only a workbook plandoc wrote is asked: by the
     * document property it writes, or, written before that, by its check sheet.
     */
    @Test
    void anOfficersOwnWorkbookWithTheSameRowsIsANewTable() throws IOException {
        Path plan = plandoc.TestFiles.copyTree(Path.of("src/test/resources/fixtures/seed-001"), dir.resolve("seed"));
        Path own = dir.resolve("du-toan-2026.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(seedOne())))) {
            assertTrue(book.getProperties().getCustomProperties().contains("plandoc"), "plandoc's mark");
            // The officer's file: the rows copied into a workbook of their own, no mark, no check sheet.
            withoutMark(book);
            book.removeSheetAt(book.getSheetIndex("Kiểm tra"));
            try (var out = Files.newOutputStream(own)) {
                book.write(out);
            }
        }
        Cli.Result result = Cli.run("import", own.toString(), "--sheet", "Phụ lục 04", "--into", plan.toString());
        assertEquals(0, result.exit(), result.errText());
        assertTrue(!result.errText().contains("bản sao") && !result.errText().contains("chính là"), result.errText());
        assertTrue(Files.readString(plan.resolve("plan.yaml")).contains("\n  - id: phu-luc-04\n"));
    }

    /** {@code book} without the document properties plandoc marks its workbooks with. */
    private static void withoutMark(XSSFWorkbook book) {
        var properties = book.getProperties().getCustomProperties().getUnderlyingProperties();
        while (properties.sizeOfPropertyArray() > 0) {
            properties.removeProperty(0);
        }
    }

    /** A workbook plandoc wrote before it marked its workbooks is known by its check sheet: still refused. */
    @Test
    void aWorkbookPlandocWroteBeforeItsMarkIsKnownByItsCheckSheet() throws IOException {
        Path plan = plandoc.TestFiles.copyTree(Path.of("src/test/resources/fixtures/seed-001"), dir.resolve("seed"));
        Path old = dir.resolve("seed-001.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(seedOne())))) {
            withoutMark(book);
            try (var out = Files.newOutputStream(old)) {
                book.write(out);
            }
        }
        Cli.Result result = Cli.run("import", old.toString(), "--sheet", "Phụ lục 04", "--into", plan.toString());
        assertEquals(1, result.exit(), result.errText());
        assertTrue(result.errText().contains("chính là bảng kinh phí \"chinh-quyen\""), result.errText());
    }

    /**
     * Seed 001 exported by plandoc (every item as transcribed), then the "Tổng" row replaced by what
     * the published PHỤ LỤC 04 prints (seed line 3187), typed, with Năm 2022 as the text "128.000".
     */
    static byte[] phuLuc04AsPrinted() throws IOException {
        ResolvedPlan plan = seedOne();
        Map<String, BigDecimal> printed = new HashMap<>(Map.of("Tổng", new BigDecimal(639348),
                "TW", new BigDecimal(265000), "ĐP", new BigDecimal(292348),
                "ODA, xã hội hóa và các nguồn hợp pháp khác", new BigDecimal(82000),
                "Năm 2021", new BigDecimal(159348), "Năm 2023", new BigDecimal(125000),
                "Năm 2024", new BigDecimal(117000), "Năm 2025", new BigDecimal(110000)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new BudgetWorkbook().write(plan)))) {
            XSSFSheet sheet = book.getSheet("Phụ lục 04");
            Map<Integer, String> header = new HashMap<>();
            Row grand = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        header.putIfAbsent(cell.getColumnIndex() * 1000 + row.getRowNum(), cell.getStringCellValue());
                    }
                }
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Tổng")) {
                    grand = row;
                }
            }
            int set = 0;
            for (Cell cell : grand) {
                String label = null;
                for (var e : header.entrySet()) {
                    if (e.getKey() / 1000 == cell.getColumnIndex() && e.getKey() % 1000 < grand.getRowNum()
                            && (printed.containsKey(e.getValue()) || e.getValue().equals("Năm 2022"))) {
                        label = e.getValue();
                    }
                }
                if (label == null) {
                    continue;
                }
                cell.setBlank();
                if (label.equals("Năm 2022")) {
                    cell.setCellValue("128.000");
                } else {
                    cell.setCellValue(printed.get(label).doubleValue());
                }
                set++;
            }
            assertEquals(9, set);
            try (var out = new java.io.ByteArrayOutputStream()) {
                book.write(out);
                return out.toByteArray();
            }
        }
    }

    /** Seed 001 resolved, its twelve wrong declared figures and all. */
    private static ResolvedPlan seedOne() {
        Problems problems = new Problems();
        var loaded = new PlanLoader(Path.of("")).load(Path.of("src/test/resources/fixtures/seed-001"), problems)
                .orElseThrow();
        return new plandoc.compute.PlanResolver().resolve(loaded, new PlanValidator().validate(loaded, problems),
                problems).orElseThrow();
    }
}
