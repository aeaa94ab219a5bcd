package plandoc.resolved;

/**
 * A physical table column.
 *
 * @param key   a stable key: "number", "title", a free-text column id ("period", "lead"), a money
 *              column key ("2012-2015/tw"), or "total"
 * @param role  "number", "title", "text" or "money": CSS hook for alignment and width
 * @param label the full header text of this column (its header cells joined), for CSV and JSON
 */
public record ColumnView(String key, String role, String label) {
}
