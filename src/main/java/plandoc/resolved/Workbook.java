package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * The plan's budget tables as the workbook (XLSX) lays them out: a sheet per budget table, and the check sheet in
 * the officer's language ({@code --lang}), as the rest of what plandoc tells them.
 *
 * @param sheets          each budget table's sheet, in the order of {@link ResolvedPlan#tables()}
 * @param vietnameseCheck the figures earlier documents printed beside the computed ones, in Vietnamese
 * @param englishCheck    the same in English
 */
public record Workbook(List<SheetLayout> sheets, CheckSheetView vietnameseCheck, CheckSheetView englishCheck) {
    private static final CheckSheetView EMPTY = new CheckSheetView("", List.of(), List.of(), Optional.empty(), List.of(),
            "", "", "");
    /** A plan made in memory, not laid out: no table sheets, an empty check sheet. */
    public static final Workbook NONE = new Workbook(List.of(), EMPTY, EMPTY);

    public Workbook {
        sheets = List.copyOf(sheets);
    }

    /** The check sheet in {@code language}: "en", else Vietnamese. */
    public CheckSheetView check(String language) {
        return "en".equals(language) ? englishCheck : vietnameseCheck;
    }
}
