package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * The plan's budget tables as the workbook (XLSX) lays them out: a sheet per budget table, and the check sheet.
 *
 * @param sheets each budget table's sheet, in the order of {@link ResolvedPlan#tables()}
 * @param check  the figures earlier documents printed beside the computed ones
 */
public record Workbook(List<SheetLayout> sheets, CheckSheetView check) {
    /** A plan made in memory, not laid out: no table sheets, an empty check sheet. */
    public static final Workbook NONE = new Workbook(List.of(), new CheckSheetView("", List.of(), List.of(),
            Optional.empty(), List.of(), "", "", ""));

    public Workbook {
        sheets = List.copyOf(sheets);
    }
}
