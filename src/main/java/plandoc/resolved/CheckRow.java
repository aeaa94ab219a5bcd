package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A row of the check sheet: a declared figure beside the computed one, or two sums of a table's cells (a summary's
 * total taken from the appendices beside its sum inside the summary, a {@code split:} row's two breakdowns).
 *
 * @param texts        the cells before the figures: the table's sheet, the row, the figure
 * @param decimals     the decimals the table's figures are printed with
 * @param declared     the figure the earlier document printed
 * @param computed     the figure computed for it; empty when the rows do not determine it
 * @param computedText what the computed cell says when there is no figure ("…")
 * @param result       what the result cell says: the formula's value ("Khớp", "Lệch") when there is a computed
 *                     figure, else the sentence in its place
 * @param heightPt     the row's height in points, when its text wraps; empty: one line
 * @param computedCell the table's cell printing the computed figure, which the sheet refers to so that an edited line
 *                     changes the comparison; empty when no cell prints that figure itself (then it is typed)
 * @param difference   the declared figure less the computed one, the value of the difference's formula; empty
 *                     without a computed figure
 * @param declaredParts the table's cells whose sum the first figure is, a formula over them (a {@code split:} row's
 *                     first breakdown, a summary's linked cell); empty when the figure is typed (a declared one)
 * @param computedParts the cells whose sum the second figure is (the row's other breakdown, the cells the
 *                     summary adds up for that cell); empty when it refers to
 *                     {@code computedCell} or is typed
 */
public record CheckRow(List<String> texts, int decimals, BigDecimal declared, Optional<BigDecimal> computed,
                       String computedText, String result, Optional<Double> heightPt, Optional<SheetCell> computedCell,
                       Optional<BigDecimal> difference, List<SheetCell> declaredParts, List<SheetCell> computedParts) {
    public CheckRow {
        texts = List.copyOf(texts);
        declaredParts = List.copyOf(declaredParts);
        computedParts = List.copyOf(computedParts);
        java.util.Objects.requireNonNull(computedCell, "computedCell: Optional.empty() when no cell prints it");
        java.util.Objects.requireNonNull(difference, "difference: Optional.empty() without a computed figure");
    }
}
