package plandoc.resolved;

/**
 * What a table cell holds, and so how every output aligns and sizes it; a column's role is that of its body cells.
 * Its {@link #id()} is the word the templates' CSS classes ({@code cell-money}, {@code col-title}) and plan.json
 * ({@code columns[].role}, {@code cells[].role}) use.
 */
public enum CellRole implements Keyword {
    /** The STT: "1", "II". */
    NUMBER,
    /** The row's name (an item's, a total's). */
    TITLE,
    /** Free text: a lead agency, a period, a target in words. */
    TEXT,
    /** A figure of money, or a blank where a figure could stand. */
    MONEY,
    /** An item's words in place of its money ("Lồng ghép …"), across its money columns. */
    NOTE,
    /** A target that is only figures ("8 - 10%") in a column of its year, centred. */
    FIGURE;

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}
