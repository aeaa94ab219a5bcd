package plandoc.model;

/**
 * What a budget does with crossed cells its items cannot determine: refuse them, print "…" with a note, or print the
 * figure the author declared for the cell (the signed original's, checked against the range the items allow), "…"
 * where none is declared.
 */
public enum UndeterminedCells implements Choice {
    ERROR("error"),
    MARK("mark"),
    DECLARED("declared");

    private final String id;

    UndeterminedCells(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}
