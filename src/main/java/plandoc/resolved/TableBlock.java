package plandoc.resolved;

import java.util.List;

/**
 * A table where the document shows it.
 *
 * @param table   the table as printed here
 * @param tableId the plan's table this shows: {@code table}'s own id where it is shown first; a later showing
 *                (424's summary, in the body and again as PHỤ LỤC 07) prints under another id, so that every id
 *                of the page is unique
 * @param layouts how it is laid out on paper here (portrait or landscape): one layout for a table printed whole,
 *                one per column part for a table printed in parts ({@link TablePrint#parts}); empty when not laid
 *                out (a fixture's table), which the renderers print without keeping rows whole
 */
public record TableBlock(TableView table, String tableId, List<TableLayout> layouts) implements Block {
    public TableBlock {
        layouts = List.copyOf(layouts);
    }

    public TableBlock(TableView table) {
        this(table, table.id(), List.of());
    }

    /** The tables printed here, each with its layout: the table itself, or its column parts. */
    public List<TableView> printed() {
        return table.print().split() ? table.print().parts() : List.of(table);
    }

    @Override
    public String kind() {
        return "table";
    }
}
