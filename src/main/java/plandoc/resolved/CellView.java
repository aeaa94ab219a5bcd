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
 * @param role     what the cell holds: how outputs align it
 * @param colspan  columns this cell covers
 */
public record CellView(List<InlineText> lines, Optional<BigDecimal> value, boolean computed, CellRole role, int colspan) {
    public CellView {
        lines = List.copyOf(lines);
    }

    public static CellView text(String text, CellRole role) {
        return new CellView(List.of(InlineText.of(text)), Optional.empty(), false, role, 1);
    }

    public String plain() {
        if (lines.size() == 1) {
            return lines.get(0).plain(); // most cells: no list to join (issue 17)
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            plain.append(i == 0 ? "" : "\n").append(lines.get(i).plain());
        }
        return plain.toString();
    }
}
