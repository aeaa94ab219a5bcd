package plandoc.resolved;

/** What a body row of a table is; its {@link #id()} names it in the templates' CSS classes and in plan.json. */
public enum RowKind implements Keyword {
    /** A group heading with its subtotals. */
    GROUP("group"),
    ITEM("item"),
    /** Money a group holds without splitting it among its items. */
    UNALLOCATED("unallocated"),
    /** The grand total row. */
    GRAND("grand"),
    /** The per-member totals of an axis. */
    AXIS_TOTAL("axis-total"),
    /** An objectives or tasks group heading. */
    HEADING("heading");

    private final String id;

    RowKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The word, so that text made of a row's kind reads as the templates write it. */
    @Override
    public String toString() {
        return id;
    }
}
