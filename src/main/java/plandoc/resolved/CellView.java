package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;

/**
 * A body cell.
 *
 * @param lines    the printed text, one entry per line (usually one; target lists have several)
 * @param value    the exact figure for money cells, or {@code null} for text and blank cells
 * @param computed true when the figure is a computed total (item total, subtotal, grand total)
 * @param role     "number", "title", "text", "money", "note": alignment hook
 * @param colspan  columns this cell covers
 */
public record CellView(List<InlineText> lines, BigDecimal value, boolean computed, String role, int colspan) {
    public CellView {
        lines = List.copyOf(lines);
    }

    public static CellView text(String text, String role) {
        return new CellView(List.of(InlineText.of(text)), null, false, role, 1);
    }

    public String plain() {
        return String.join("\n", lines.stream().map(InlineText::plain).toList());
    }
}
