package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed figure of a summary table ({@code from:}) and the figures of other tables it adds up
 * exactly (the summary's "Năm 2022" the same column of each appendix's grand row), so an output can
 * keep it live across tables: the sum of each part times its factor is the cell's figure. A source that prints no
 * cell of its own for the figure (424's "Ngân sách tỉnh / Năm 2026" where the appendix prints sources only) is added
 * from its amounts instead, as the workbook's data sheet lists them ({@code data}).
 *
 * @param data the sources added from their amounts; empty when every source prints the figure in a cell
 */
public record CellLink(CellRef cell, List<Part> parts, List<DataPart> data) {
    public CellLink {
        parts = List.copyOf(parts);
        data = List.copyOf(data);
    }

    public CellLink(CellRef cell, List<Part> parts) {
        this(cell, parts, List.of());
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

    /**
     * The amounts of a source budget given cell by cell ({@link DataRow#breakdown} "cell") within the figure's
     * selection: its rows of the data sheet whose members match {@code members}.
     *
     * @param budget  the source budget's id ({@link DataRow#budget})
     * @param members the members each row must have, as the data sheet's "Mã thành phần" column joins them
     *                ({@code ns-tinh/2026}), {@code *} for any member of an axis the figure does not select
     *                ({@code ns-tinh/*}); ids hold no other wildcard
     * @param factor  converts that budget's unit into this one's, as {@link Part#factor}
     */
    public record DataPart(String budget, String members, BigDecimal factor) {
    }
}
