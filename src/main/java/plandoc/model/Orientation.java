package plandoc.model;

/** How an appendix's pages are turned. */
public enum Orientation implements Choice {
    PORTRAIT("portrait"),
    LANDSCAPE("landscape");

    private final String id;

    Orientation(String id) {
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
