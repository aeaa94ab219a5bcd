package plandoc.resolved;

/**
 * A table where the document shows it.
 *
 * @param table   the table as printed here
 * @param tableId the plan's table this shows: {@code table}'s own id where it is shown first; a later showing
 *                (424's summary, in the body and again as PHỤ LỤC 07) prints under another id, so that every id
 *                of the page is unique
 */
public record TableBlock(TableView table, String tableId) implements Block {
    public TableBlock(TableView table) {
        this(table, table.id());
    }

    @Override
    public String kind() {
        return "table";
    }
}
