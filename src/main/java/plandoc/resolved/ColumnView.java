package plandoc.resolved;

/**
 * A physical table column.
 *
 * @param key   a stable key: "number", "title", a free-text column id ("period", "lead"), a money
 *              column key ("2012-2015/tw"), or "total"
 * @param role  what its body cells hold ({@link CellRole#NUMBER}, {@link CellRole#TITLE}, {@link CellRole#TEXT} or
 *              {@link CellRole#MONEY}): how outputs align and size it
 * @param label the full header text of this column (its header cells joined), for CSV and JSON
 */
public record ColumnView(String key, CellRole role, String label) {
}
