package plandoc.resolved;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The plan's budget tables as the workbook (XLSX) lays them out: a sheet per budget table, and the check sheet, in
 * Vietnamese as the whole workbook (a document, the same on an English site).
 *
 * @param sheets each budget table's sheet, in the order of {@link ResolvedPlan#tables()}
 * @param check  the figures the document prints beside the ones its rows add up to
 * @param data   the flat data sheet: every amount of the tables on its own row, to filter and sort
 * @param pageFooters the footer of the check and data sheets' printed pages, by sheet name: the sheet's name, then the
 *               page's number within it, each sheet from 1, in Excel's header and footer codes ({@code "Kiểm tra – Trang
 *               &P"}); empty for a plan not laid out. A table's sheet has its own, naming its appendix
 *               ({@link SheetLayout#pageFooter})
 * @param pageHeader the right of every printed page's header: an e-office draft's "DỰ THẢO" at the right, as its PDF and Word
 *               copy mark every page (Excel's codes); absent on an issued document
 */
public record Workbook(List<SheetLayout> sheets, CheckSheetView check, DataSheetView data, Map<String, String> pageFooters,
                       Optional<String> pageHeader) {
    private static final CheckSheetView EMPTY = new CheckSheetView("", List.of(), List.of(), Optional.empty(), List.of(),
            "", "", "", Optional.empty());
    /** A plan made in memory, not laid out: no table sheets, an empty check sheet. */
    public static final Workbook NONE = new Workbook(List.of(), EMPTY, DataSheetView.NONE, Map.of(),
            Optional.empty());

    public Workbook {
        sheets = List.copyOf(sheets);
        pageFooters = Collections.unmodifiableMap(new TreeMap<>(pageFooters)); // a stable order, for the goldens
    }
}
