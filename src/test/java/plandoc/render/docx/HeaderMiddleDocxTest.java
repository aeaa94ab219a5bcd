package plandoc.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * A header cell spanning rows is written in the last of them (no vertical merge); its text is raised into the middle
 * of its rows as the PDF prints it (space after it as tall as the rows above, centred), not left at the header's
 * foot: 424's PHỤ LỤC 02 "TT" under "Kinh phí" / "Thời gian thực hiện" sat 3–5 mm below the PDF's.
 */
class HeaderMiddleDocxTest {

    @Test
    void aCellSpanningRowsIsRaisedByTheRowsAboveIt() throws Exception {
        try (XWPFDocument doc = PlanDocumentTest.document(PlanDocumentTest.plan("content/ha-tinh-424-2022"))) {
            List<XWPFTableRow> header = doc.getTables().stream()
                    .filter(t -> t.getText().contains("Thời gian thực hiện") && t.getText().contains("ODA"))
                    .map(HeaderMiddleDocxTest::header).filter(rows -> rows.size() == 3).findFirst().orElseThrow();
            XWPFTableRow last = header.get(2);
            int tt = after(cell(last, "TT"));
            int source = after(cell(last, "Loại nguồn vốn"));
            // The two rows above TT (one line each at 12 pt), and the one above "Loại nguồn vốn".
            assertTrue(tt > 400 && tt < 800, "TT raised by the two rows above it: " + tt);
            assertTrue(source > 0 && source < tt, "Loại nguồn vốn by the one row above it: " + source + " < " + tt);
            assertTrue(after(cell(last, "Năm 2021")) <= 0, "a cell of one row stays where it is");
            assertTrue(after(cell(header.get(0), "Kinh phí")) <= 0, "a cell of one row stays where it is");
        }
    }

    /** The rows repeated on every page: Kinh phí / Thời gian thực hiện / Năm 2021 …. */
    private static List<XWPFTableRow> header(XWPFTable table) {
        List<XWPFTableRow> header = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            if (row.isRepeatHeader()) {
                header.add(row);
            }
        }
        return header;
    }

    private static XWPFParagraph cell(XWPFTableRow row, String text) {
        for (XWPFTableCell cell : row.getTableCells()) {
            if (cell.getText().strip().equals(text)) {
                return cell.getParagraphs().get(0);
            }
        }
        throw new AssertionError(text + " not in " + row.getTableCells().stream().map(XWPFTableCell::getText).toList());
    }

    private static int after(XWPFParagraph p) {
        return p.getSpacingAfter();
    }
}
