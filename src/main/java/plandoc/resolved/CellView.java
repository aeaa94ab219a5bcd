package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A body cell.
 *
 * @param lines    the printed text, one entry per line (usually one; target lists have several)
 * @param value    the exact figure for money cells; empty for text, blank and undetermined cells
 * @param computed true when the figure is a computed total (item total, subtotal, grand total)
 * @param role     "number", "title", "text", "money", "note", or "figure" (a target that is only figures,
 *                 in a column of its year, centred): alignment hook
 * @param colspan  columns this cell covers
 */
public record CellView(List<InlineText> lines, Optional<BigDecimal> value, boolean computed, String role, int colspan) {
    public CellView {
        lines = List.copyOf(lines);
    }

    public static CellView text(String text, String role) {
        return new CellView(List.of(InlineText.of(text)), Optional.empty(), false, role, 1);
    }

    public String plain() {
        return String.join("\n", lines.stream().map(InlineText::plain).toList());
    }
}
