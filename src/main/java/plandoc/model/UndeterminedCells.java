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
}
