package plandoc.resolved;

/** What a body row of a table is; its {@link #id()} names it in the templates' CSS classes and in plan.json. */
public enum RowKind implements Keyword {
    /** A group heading with its subtotals. */
    GROUP,
    ITEM,
    /** Money a group holds without splitting it among its items. */
    UNALLOCATED,
    /** The grand total row. */
    GRAND,
    /** The per-member totals of an axis. */
    AXIS_TOTAL,
    /** An objectives or tasks group heading. */
    HEADING;

    /**
     * Whether its row prints italic — per-member totals (bold italic, "Ngân sách Trung ương" in 424's PHỤ LỤC 07)
     * and unallocated money — in the PDF (pdf.css), the Word copy and the workbook alike.
     */
    public boolean italic() {
        return this == AXIS_TOTAL || this == UNALLOCATED;
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}
