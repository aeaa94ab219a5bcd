package plandoc.render.data;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.resolved.CellView;
import plandoc.resolved.ColumnView;
import plandoc.resolved.HeaderCell;
import plandoc.resolved.InlineText;
import plandoc.resolved.RowView;
import plandoc.resolved.TableView;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BudgetCsvTest {

    private final BudgetCsv csv = new BudgetCsv();

    private static CellView money(String value, boolean computed) {
        return new CellView(List.of(InlineText.of("printed")), Optional.of(new BigDecimal(value)), computed, "money", 1);
    }

    private final TableView table = new TableView("kinh-phi", "budget", "Đơn vị tính: Tỷ đồng",
            List.of(new ColumnView("number", "number", "TT"), new ColumnView("title", "title", "Nội dung"),
                    new ColumnView("period", "text", "Thời gian"), new ColumnView("total", "money", "Tổng kinh phí")),
            List.of(List.of(new HeaderCell("TT", 1, 1), new HeaderCell("Nội dung", 1, 1),
                    new HeaderCell("Thời gian", 1, 1), new HeaderCell("Tổng kinh phí", 1, 1))),
            List.of(new RowView(plandoc.resolved.RowKind.GROUP, "ha-tang", List.of(CellView.text("I", "number"),
                            new CellView(List.of(InlineText.of("Hạ tầng; mạng \"LAN\"")), Optional.empty(), false, "title", 2),
                            money("1234.567", true))),
                    new RowView(plandoc.resolved.RowKind.ITEM, "mang", List.of(CellView.text("1", "number"), CellView.text("- Mạng chuyên dùng", "title"),
                            new CellView(List.of(InlineText.of("2012"), InlineText.of("2015")), Optional.empty(), false, "text", 1),
                            money("-0.50", false))),
                    new RowView(plandoc.resolved.RowKind.GRAND, "", List.of(CellView.text("", "number"), CellView.text("Tổng cộng", "title"),
                            CellView.text("", "text"), money("1234.067", true)))),
            List.of(), false);

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] bytes = csv.write(table);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    }

    @Test
    void writesVietnameseExcelCsvWithExactFiguresAndAComputedColumn() {
        byte[] bytes = csv.write(table);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals(
                "TT;Nội dung;Thời gian;Tổng kinh phí;Dòng tổng (tự tính)\r\n"
                        + "I;\"Hạ tầng; mạng \"\"LAN\"\"\";;1234,567;có\r\n"
                        + "1;'- Mạng chuyên dùng;\"2012\n2015\";-0,50;\r\n"
                        + ";Tổng cộng;;1234,067;có\r\n",
                text);
    }
}
