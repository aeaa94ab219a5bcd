package plandoc.render.data;

import java.util.Optional;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import plandoc.Generator;
import plandoc.resolved.CellRole;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowView;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableSums;
import plandoc.resolved.TableView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetCsvTest {

    private final BudgetCsv csv = new BudgetCsv();

    private static CellView money(String value, boolean computed) {
        return new CellView(List.of(InlineText.of("printed")), Optional.of(new BigDecimal(value)), computed, CellRole.MONEY, 1);
    }

    private final TableView table = new TableView("kinh-phi", TableKind.BUDGET, "Đơn vị tính: Tỷ đồng", 2,
            List.of(new ColumnView("number", CellRole.NUMBER, "TT"), new ColumnView("title", CellRole.TITLE, "Nội dung"),
                    new ColumnView("period", CellRole.TEXT, "Thời gian"), new ColumnView("total", CellRole.MONEY, "Tổng kinh phí")),
            List.of(List.of(new HeaderCell("TT", 1, 1), new HeaderCell("Nội dung", 1, 1),
                    new HeaderCell("Thời gian", 1, 1), new HeaderCell("Tổng kinh phí", 1, 1))),
            List.of(new RowView(plandoc.resolved.RowKind.GROUP, "ha-tang", List.of(CellView.text("I", CellRole.NUMBER),
                            new CellView(List.of(InlineText.of("Hạ tầng; mạng \"LAN\"")), Optional.empty(), false, CellRole.TITLE, 2),
                            money("1234.5", true))),
                    new RowView(plandoc.resolved.RowKind.ITEM, "mang", List.of(CellView.text("1", CellRole.NUMBER), CellView.text("- Mạng chuyên dùng", CellRole.TITLE),
                            new CellView(List.of(InlineText.of("2012"), InlineText.of("2015")), Optional.empty(), false, CellRole.TEXT, 1),
                            money("-0.5", false))),
                    new RowView(plandoc.resolved.RowKind.GRAND, "", List.of(CellView.text("", CellRole.NUMBER), CellView.text("Tổng cộng", CellRole.TITLE),
                            CellView.text("", CellRole.TEXT), money("1234", true)))),
            List.of(), false, TableSums.NONE);

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] bytes = csv.write(table);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void writesVietnameseExcelCsvWithFiguresAtTheTablesDecimalsAndAComputedColumn() {
        byte[] bytes = csv.write(table);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(
                "TT;Nội dung;Thời gian;Tổng kinh phí;Dòng tổng (tự tính)\r\n"
                        + "I;\"Hạ tầng; mạng \"\"LAN\"\"\";;1234,50;có\r\n"
                        + "1;'- Mạng chuyên dùng;\"2012\n2015\";-0,50;\r\n"
                        + ";Tổng cộng;;1234,00;có\r\n",
                text);
    }

    /**
     * Finding 4 of s18-review: 4086's du-an.csv had "0,2;0,8" where every other output prints 0,20 / 0,80. Every
     * bundled budget's CSV, read back by a CSV library, has each figure as the table prints it, bar the grouping dots
     * (which Excel would not read as a number under every regional format).
     */
    @Test
    void everyBundledFigureIsAsTheTablePrintsIt() throws Exception {
        int figures = 0;
        for (Generator.PlanOutcome outcome : new Generator(Path.of("")).resolveAll(Path.of("content"))) {
            for (TableView budget : outcome.resolved().orElseThrow().tables()) {
                if (budget.kind() != TableKind.BUDGET) {
                    continue;
                }
                byte[] bytes = csv.write(budget);
                List<List<String>> read = read(Arrays.copyOfRange(bytes, 3, bytes.length));
                assertEquals(budget.rows().size() + 1, read.size(), budget.id());
                for (int r = 0; r < budget.rows().size(); r++) {
                    int column = 0;
                    for (CellView cell : budget.rows().get(r).cells()) {
                        if (cell.value().isPresent()) {
                            assertEquals(cell.plain().replace(".", ""), read.get(r + 1).get(column),
                                    budget.id() + " row " + (r + 1) + " column " + column);
                            figures++;
                        }
                        column += cell.colspan();
                    }
                }
            }
        }
        assertTrue(figures > 600, "the bundled budgets' figures: " + figures);
    }

    @Test
    void fourThousandAndEightySixPrintsTwoDecimalsInEveryField() throws Exception {
        TableView projects = new Generator(Path.of("")).resolveAll(Path.of("content")).get(0).resolved().orElseThrow()
                .tables().stream().filter(t -> t.id().equals("du-an")).findFirst().orElseThrow();
        byte[] bytes = csv.write(projects);
        List<String> mail = read(Arrays.copyOfRange(bytes, 3, bytes.length)).stream()
                .filter(row -> row.get(1).startsWith("Nâng cấp hộp thư điện tử")).findFirst().orElseThrow();
        assertEquals(List.of("0,35", "1,35", "", "0,20", "0,80", "", "2,70"), mail.subList(4, 11));
    }

    private static List<List<String>> read(byte[] csv) throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(';')).readValues(csv)) {
            return rows.readAll();
        }
    }
}
