package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import plandoc.resolved.DataSheetView;
import plandoc.resolved.OpenDataLabels;
import plandoc.resolved.SheetLayout;

/**
 * The workbook's flat data sheet ({@link DataSheetView}): the tidy CSV's columns, headed in a finance officer's words,
 * the table named by its sheet (the appendix) before the budget's id; the plan's folder, the same on every row of a
 * workbook that is the plan's own, left out. Each heading's comment is the open data package's description of the
 * column ({@link PortalLabelling#openData}).
 */
final class DataSheets {
    /** Heading, the tidy CSV's column it holds (null: the sheet's name), width in digits of the default font. */
    private static final Object[][] COLUMNS = {
            {"Bảng (trang tính)", null, 14},
            {"Mã bảng", "budget", 12},
            {"Mã nhóm", "group_id", 12},
            {"Nhóm", "group_label", 30},
            {"Loại dòng", "row_kind", 12},
            {"Mã khoản mục", "item_id", 18},
            {"Khoản mục", "item_title", 45},
            {"Mã cơ quan chủ trì", "lead_agency_ids", 18},
            {"Cách phân", "breakdown", 11},
            {"Mã thành phần", "member_ids", 16},
            {"Thành phần", "member_labels", 32},
            {"Số tiền", "amount", 16},
            {"Đơn vị tính", "unit", 12},
            {"Thuộc tổng của bảng", "in_total", 12},
            {"Số tính từ bảng khác", "computed", 12},
            {"Tổng của khoản mục ghi trong văn bản", "declared_total", 16},
            {"Thuộc tổng kinh phí của văn bản", "in_plan_total", 14},
    };

    private DataSheets() {
    }

    static DataSheetView of(List<SheetLayout> sheets) {
        if (sheets.isEmpty()) {
            return DataSheetView.NONE;
        }
        OpenDataLabels words = PortalLabelling.openData();
        List<String> heads = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        List<Double> widthsMm = new ArrayList<>();
        for (Object[] column : COLUMNS) {
            heads.add((String) column[0]);
            // The package's words name its CSV's columns ("đơn vị ở cột unit"): here the column's heading.
            descriptions.add(column[1] == null ? "Trang tính in bảng kinh phí (tên phụ lục)"
                    : words.field((String) column[1]).replace("cột unit", "cột " + COLUMNS[12][0]));
            widths.add((Integer) column[2] * 256);
            widthsMm.add((Integer) column[2] * SheetLayouts.CHAR_MM);
        }
        // The headings wrap: their row as tall as the longest, else LibreOffice prints them over each other.
        double headPt = SheetLayouts.height(SheetLayouts.lines(heads, widthsMm, true), SheetLayouts.BODY_PT);
        List<DataSheetView.Sheet> budgets = sheets.stream()
                .map(sheet -> new DataSheetView.Sheet(sheet.tableId(), sheet.name())).toList();
        return new DataSheetView(SheetLayouts.DATA_SHEET, heads, descriptions, widths, headPt, budgets);
    }
}
