package plandoc.model;

/** How a budget numbers its items: through the whole table, or again from 1 in each group. */
public enum ItemNumbering implements Choice {
    CONTINUOUS("continuous"),
    PER_GROUP("per-group");

    private final String id;

    ItemNumbering(String id) {
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
