package plandoc.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import plandoc.compute.SheetLayouts;
import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code plandoc import}: opens a workbook, picks the sheet (by name, else the first visible one),
 * reads the table and gives the YAML of the budget, as a {@code budgets:} block or inserted into a
 * plan's {@code plan.yaml}.
 */
public final class BudgetImport {

    /** A sheet the workbook does not have; {@code sheets} lists those it has. */
    public static final class UnknownSheet extends Exception {
        private static final long serialVersionUID = 1L;
        public final List<String> sheets;
        /** The sheets the name may mean, nearest first: those it spells as typed without Vietnamese input. */
        public final List<String> near;

        UnknownSheet(String name, List<String> sheets, List<String> near) {
            super(name);
            this.sheets = List.copyOf(sheets);
            this.near = List.copyOf(near);
        }
    }

    /**
     * The sheet named is the check sheet of plandoc's own workbook, which compares figures and holds no table, or its
     * data sheet ({@code data}: one row per amount, no "TT" column); {@code tables} lists the workbook's sheets that
     * hold a table (a "TT" header found).
     */
    public static final class CheckSheet extends Exception {
        private static final long serialVersionUID = 1L;
        public final List<String> tables;
        public final boolean data;

        CheckSheet(String name, List<String> tables, boolean data) {
            super(name);
            this.tables = List.copyOf(tables);
            this.data = data;
        }
    }

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Reads {@code file}'s sheet into a budget with id {@code budgetId} (empty: from the sheet name). */
    public TableImporter.Result read(Path file, Optional<String> sheetName, Optional<String> budgetId)
            throws IOException, UnknownSheet, CheckSheet {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = UnreadableWorkbook.open(in)) {
            Sheet sheet = pick(workbook, sheetName);
            // plandoc's own table, unless --budget names another: its id in the plan, which its rows carry on "Dữ liệu".
            Optional<DataSheetAmounts> own = plandocs(workbook) ? DataSheetImport.dataSheet(workbook)
                    .map(d -> new DataSheetAmounts(d, sheet.getSheetName()))
                    .filter(d -> !d.table().isEmpty() && budgetId.map(d.table()::equals).orElse(true))
                    : Optional.empty();
            String id = budgetId.or(() -> own.map(DataSheetAmounts::table)).orElseGet(() -> {
                String slug = TableImporter.slug(sheet.getSheetName());
                return slug.isEmpty() || slug.matches("[0-9-]+") ? "kinh-phi" : slug;
            });
            String name = file.getFileName().toString();
            // No table's sheet may take a check or the data sheet's name, so a headerless "Kiểm tra" or "Dữ liệu" is
            // plandoc's: "no 'TT' cell" would send the officer looking for a header that was never there (s27 tryout 7).
            // The data sheet is refused before it is read: since s29 it has a "TT" heading, and would be imported as a
            // table of 8,000 rows of warnings.
            boolean data = sheet.getSheetName().equals(SheetLayouts.DATA_SHEET);
            TableImporter.Result result = data ? null : new TableImporter(new SheetGrid(sheet, name), id).read();
            if (data || (!result.imported() && (sheet.getSheetName().equals(SheetLayouts.CHECK_SHEET)
                    || sheet.getSheetName().equals(SheetLayouts.SPLIT_CHECK_SHEET)))) {
                List<String> tables = new ArrayList<>();
                workbook.forEach(s -> {
                    if (s != sheet && !s.getSheetName().equals(SheetLayouts.DATA_SHEET)
                            && new HeaderLayout(new SheetGrid(s, name), new ArrayList<>()).findHeader() != null) {
                        tables.add(s.getSheetName());
                    }
                });
                throw new CheckSheet(sheet.getSheetName(), tables, data);
            }
            boolean plandocs = plandocs(workbook);
            if (plandocs) {
                result = fromData(workbook, sheet, id, result, name);
            }
            if (own.isPresent() && result.imported()) {
                new OwnIds(own.get(), axesOf(workbook, own.get().table()), idsOf(workbook, own.get().table())).restore(result.budget(), own.get().table());
            }
            return result.fromPlandoc(plandocs);
        }
    }

    /**
     * plandoc's own table read from its data sheet when the printed sheet, read as a header and rows, does not give
     * back the amounts the data sheet holds (s31 tryout M5: a text column among the money, sources and years printed
     * side by side); otherwise the printed sheet's reading, which keeps sub-members and their "Cộng" columns.
     */
    private static TableImporter.Result fromData(Workbook workbook, Sheet sheet, String id, TableImporter.Result printed,
            String file) {
        Optional<Sheet> data = DataSheetImport.dataSheet(workbook);
        if (data.isEmpty()) {
            return printed;
        }
        DataSheetImport reader = new DataSheetImport();
        List<java.math.BigDecimal> held = reader.values(data.get(), sheet.getSheetName());
        if (held.isEmpty() || printed.imported() && held.equals(amounts(printed.budget()))) {
            return printed;
        }
        return new DataSheetImport().read(data.get(), sheet, id, file).orElse(printed);
    }

    /** The axes plandoc's workbook records for the table {@code table} ({@link plandoc.compute.WorkbookAxes}); none in an older one. */
    private static List<plandoc.compute.WorkbookAxes.AxisName> axesOf(Workbook workbook, String table) {
        if (workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf) {
            var property = xssf.getProperties().getCustomProperties().getProperty(plandoc.compute.WorkbookAxes.PREFIX + table);
            if (property != null && property.isSetLpwstr()) {
                return plandoc.compute.WorkbookAxes.read(property.getLpwstr());
            }
        }
        return List.of();
    }

    /** The ids plandoc's workbook records for the table {@code table} ({@link plandoc.compute.WorkbookIds}); none in an older one. */
    private static plandoc.compute.WorkbookIds.Names idsOf(Workbook workbook, String table) {
        if (workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf) {
            var property = xssf.getProperties().getCustomProperties().getProperty(plandoc.compute.WorkbookIds.PREFIX + table);
            if (property != null && property.isSetLpwstr()) {
                return plandoc.compute.WorkbookIds.read(property.getLpwstr());
            }
        }
        return plandoc.compute.WorkbookIds.Names.NONE;
    }

    /** Every amount a budget's tree gives (cells, breakdowns, unallocated money), sorted. */
    static List<java.math.BigDecimal> amounts(Map<String, Object> budget) {
        List<java.math.BigDecimal> out = new ArrayList<>();
        collect(budget, false, out);
        out.sort(null);
        return out;
    }

    private static void collect(Object node, boolean money, List<java.math.BigDecimal> out) {
        if (node instanceof Map<?, ?> map) {
            // Figures under declared: are the sheet's totals, not amounts.
            map.forEach((k, v) -> {
                if (!"declared".equals(k)) {
                    collect(v, money || List.of("amounts", "split", "unallocated").contains(k), out);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, money, out));
        } else if (money && node instanceof java.math.BigDecimal n) {
            out.add(n.stripTrailingZeros());
        } else if (money && node instanceof Number n) {
            out.add(new java.math.BigDecimal(n.toString()).stripTrailingZeros());
        }
    }

    /**
     * Whether plandoc wrote {@code workbook}: it carries the document property {@link SheetLayouts#WRITTEN_BY}
     * (s29); one written before that, by its check sheet under the title plandoc gives it. An officer's own
     * workbook listing the same projects (the next period, a revised estimate) is neither, so it is never taken for
     * the plan's own table brought back (s28 re-read L-c: it was, by its rows' titles alone).
     */
    static boolean plandocs(Workbook workbook) {
        if (workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf
                && xssf.getProperties().getCustomProperties().contains(SheetLayouts.WRITTEN_BY)) {
            return true;
        }
        // Before: its check sheet, titled as plandoc titles it ("ĐỐI CHIẾU SỐ LIỆU GHI TRONG VĂN BẢN …").
        Sheet check = workbook.getSheet(SheetLayouts.CHECK_SHEET);
        org.apache.poi.ss.usermodel.Cell title = check == null || check.getRow(0) == null ? null : check.getRow(0).getCell(0);
        return title != null && title.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && title.getStringCellValue().equals(plandoc.diagnostic.Messages.forLanguage("vi").text("xlsx.check.title"));
    }

    private static Sheet pick(Workbook workbook, Optional<String> name) throws UnknownSheet {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        if (name.isPresent()) {
            Sheet sheet = workbook.getSheet(name.get());
            if (sheet == null) {
                // "Du lieu" typed on a keyboard without Vietnamese input means "Dữ liệu" when no other sheet is
                // spelt so (s28 tryout F9: the sheets were listed, the one meant not offered).
                String typed = Folding.slug(name.get());
                List<String> same = typed.isEmpty() ? List.of()
                        : names.stream().filter(n -> Folding.slug(n).equals(typed)).toList();
                if (same.size() == 1) {
                    return workbook.getSheet(same.get(0));
                }
                throw new UnknownSheet(name.get(), names, same.isEmpty() ? near(name.get(), names) : same);
            }
            return sheet;
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                return workbook.getSheetAt(i);
            }
        }
        throw new UnknownSheet("", names, List.of());
    }

    /** The sheet names near {@code typed} by spelling, accents and case aside, nearest first. */
    private static List<String> near(String typed, List<String> names) {
        String folded = Folding.folded(typed);
        int tolerance = Math.max(2, folded.length() / 3);
        return names.stream().filter(n -> Suggestions.distance(folded, Folding.folded(n)) <= tolerance)
                .sorted(java.util.Comparator.comparingInt(n -> Suggestions.distance(folded, Folding.folded(n))))
                .toList();
    }

    /** The budget as a {@code budgets:} block of plan.yaml. */
    public String yaml(Map<String, Object> budget) throws IOException {
        return "budgets:\n" + entry(budget, "  ");
    }

    /** The budget as one entry of a {@code budgets:} list, its dash at {@code indent}. */
    public String entry(Map<String, Object> budget, String indent) throws IOException {
        List<String> lines = yaml.writeValueAsString(List.of(budget)).lines().toList();
        int own = lines.get(0).indexOf('-');
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(indent).append(line.substring(Math.min(own, line.length()
                - line.stripLeading().length()))).append('\n'));
        return out.toString();
    }

    /**
     * Adds the budget at the end of the plan's {@code budgets:} list (a new list at the end of the
     * file when it has none), keeping every other line as written.
     */
    public void insert(Path planFile, Map<String, Object> budget) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(planFile, StandardCharsets.UTF_8));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("budgets:\\s*(#.*)?")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            lines.add("");
            lines.add("budgets:");
            lines.addAll(entry(budget, "  ").lines().toList());
        } else {
            String indent = "  ";
            for (int i = start + 1; i < lines.size(); i++) {
                String stripped = lines.get(i).stripLeading();
                if (stripped.startsWith("- ")) {
                    indent = lines.get(i).substring(0, lines.get(i).length() - stripped.length());
                    break;
                }
            }
            String entry = entry(budget, indent);
            int end = start + 1;
            while (end < lines.size() && (lines.get(end).isBlank() || lines.get(end).startsWith(" ")
                    || lines.get(end).startsWith("-") || lines.get(end).startsWith("#"))) {
                end++;
            }
            while (end > start + 1 && lines.get(end - 1).isBlank()) {
                end--;
            }
            lines.addAll(end, entry.lines().toList());
        }
        Files.writeString(planFile, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
