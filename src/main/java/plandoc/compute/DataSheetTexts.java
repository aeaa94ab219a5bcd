package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import plandoc.resolved.DataRow;
import plandoc.resolved.DataSheetView;
import plandoc.resolved.DataSheetView.Column;

/**
 * The words of one row of the workbook's data sheet ({@link DataSheetView}), looked up row by row as the sheet is
 * written, so the view holds no copy of the rows (s29: the sheet is streamed). A lookup, so here beside
 * {@link DataSheets}, which gathered the words: the resolved view stays a plain record (s30 re-read).
 */
public final class DataSheetTexts {
    private DataSheetTexts() {
    }

    /** The words of {@code row} of {@code sheet}'s budget, one per column but the two amounts' (null there). */
    public static List<String> of(DataSheetView view, DataSheetView.Sheet sheet, DataRow row) {
        List<String> texts = new ArrayList<>(Column.values().length);
        for (Column column : Column.values()) {
            texts.add(switch (column) {
                case SHEET -> sheet.sheet();
                case NUMBER -> row.itemId().map(id -> sheet.numbers().getOrDefault(id, "")).orElse("");
                case GROUP -> row.groupLabel().orElse("");
                case ITEM -> row.itemTitle().orElse("");
                case KIND -> view.words().get(row.kind().id());
                case LEAD -> row.itemId().map(view.leads()::get).orElseGet(() -> String.join("; ",
                        row.lead().stream().map(id -> view.agencies().getOrDefault(id, id)).toList()));
                case BREAKDOWN -> row.breakdown().equals(DataSheets.CELL) ? view.words().get(DataSheets.CELL)
                        : sheet.axes().getOrDefault(row.breakdown(), row.breakdown());
                case MEMBERS -> String.join(" / ", row.memberLabels());
                case UNIT -> row.unit();
                case IN_PLAN_TOTAL -> view.words().get(Boolean.toString(row.inPlanTotal()));
                case IN_TOTAL -> view.words().get(Boolean.toString(row.inTotal()));
                case COMPUTED -> view.words().get(Boolean.toString(row.computed()));
                case BUDGET -> row.budget();
                case GROUP_ID -> row.groupId().orElse("");
                case ITEM_ID -> row.itemId().orElse("");
                case LEAD_IDS -> String.join(";", row.lead());
                case MEMBER_IDS -> String.join(DataSheets.MEMBER_SEPARATOR, row.members());
                case AMOUNT, DECLARED -> null;
            });
        }
        return texts;
    }

    /** The table's cell printing {@code row}'s amount alone ({@link DataSheetView.Sheet#printed}), if one does. */
    public static java.util.Optional<plandoc.resolved.SheetCell> printedAt(DataSheetView.Sheet sheet, DataRow row) {
        if (!row.breakdown().equals(DataSheets.CELL) || row.itemId().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(sheet.printed().get(key(row.itemId().get(), row.members())));
    }

    /** The key of an amount in {@link DataSheetView.Sheet#printed}: the item and its members, "dt-can-bo ns-tinh/2026". */
    static String key(String item, List<String> members) {
        return item + " " + String.join(DataSheets.MEMBER_SEPARATOR, members);
    }
}
