package plandoc.compute;

import plandoc.diagnostic.Message;
import plandoc.diagnostic.Messages;
import plandoc.resolved.CheckRow;
import plandoc.resolved.CheckSheetView;
import plandoc.resolved.DeclaredFigure;
import plandoc.resolved.SheetLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The check sheet's rows: every table's declared figures beside the computed ones, each row as tall as its text. */
final class CheckSheets {
    /** The columns' widths in digits of the default font. */
    private static final int[] WIDTHS = {16, 36, 30, 16, 16, 14, 14};

    private CheckSheets() {
    }

    static CheckSheetView of(List<SheetLayout> sheets) {
        Messages messages = new Messages(Messages.VIETNAMESE);
        List<String> heads = List.of("Bảng", "Dòng", "Số liệu", "Số ghi trong văn bản", "Số tính được", "Chênh lệch",
                "Kết quả");
        List<Integer> columns = new ArrayList<>();
        List<Double> widthsMm = new ArrayList<>();
        for (int w : WIDTHS) {
            columns.add(w * 256);
            widthsMm.add(w * SheetLayouts.CHAR_MM);
        }
        List<CheckRow> rows = new ArrayList<>();
        for (SheetLayout sheet : sheets) {
            for (DeclaredFigure figure : sheet.table().sums().declared()) {
                String owner = messages.format(Message.of("xlsx.phrase", figure.owner()));
                String what = messages.format(Message.of("xlsx.phrase", figure.what()));
                List<String> texts = List.of(sheet.name(), owner, what);
                // A row whose text wraps is as tall as its lines: LibreOffice printed 424's nine rows over each other
                // (s20 tryout 1), as it does any row of wrapped text without a stated height.
                rows.add(new CheckRow(texts, sheet.table().decimals(), figure.declared(), figure.computed(),
                        figure.printedComputed(), "Không tính được", fitted(List.of(sheet.name(), owner, what,
                                figure.printedComputed(), "", "", ""), widthsMm, false)));
            }
        }
        // In the finance officer's words, not the source's key (review, session 13).
        String nothing = "Văn bản không ghi sẵn số tổng nào để đối chiếu: mọi số tổng trong các bảng"
                + " đều được cộng từ các dòng. Trang này không in ra giấy.";
        // "Số ghi trong văn bản" takes two lines: LibreOffice would print them over each other in one.
        return new CheckSheetView("ĐỐI CHIẾU SỐ LIỆU ĐÃ GHI VỚI SỐ TÍNH ĐƯỢC", heads, columns,
                fitted(heads, widthsMm, true), rows, nothing, "Khớp", "Lệch");
    }

    /** The height of a row whose text wraps; empty for one line, which the viewer sizes itself. */
    private static Optional<Double> fitted(List<String> cells, List<Double> widthsMm, boolean bold) {
        int lines = SheetLayouts.lines(cells, widthsMm, bold);
        return lines > 1 ? Optional.of((double) (float) SheetLayouts.height(lines, SheetLayouts.BODY_PT))
                : Optional.empty();
    }
}
