package plandoc.model;

/** What a budget does with crossed cells its items cannot determine: refuse them, or print "…" with a note. */
public enum UndeterminedCells implements Choice {
    ERROR("error"),
    MARK("mark");

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
