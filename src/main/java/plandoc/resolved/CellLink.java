package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed figure of a summary table ({@code from:}) and the figures of other tables it adds up
 * exactly (the summary's "Năm 2022" the same column of each appendix's grand row), so an output can
 * keep it live across tables: the sum of each part times its factor is the cell's figure.
 */
public record CellLink(CellRef cell, List<Part> parts) {
    public CellLink {
        parts = List.copyOf(parts);
    }

    /**
     * A cell of another table.
     *
     * @param table  the id of the table ({@link TableView#id()})
     * @param factor converts that table's unit into this one's: 1, or a power of ten (nghìn đồng into
     *               triệu đồng is 0.001)
     */
    public record Part(String table, CellRef cell, BigDecimal factor) {
    }
}
