package plandoc.model;

/** How an objectives table prints: one line per target, or targets in columns. */
public enum ObjectiveLayout implements Choice {
    LINES("lines"),
    COLUMNS("columns");

    private final String id;

    ObjectiveLayout(String id) {
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
