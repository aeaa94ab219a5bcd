package plandoc.resolved;

/**
 * What a table shows; its {@link #id()} names it in the templates' CSS classes ({@code table-budget}) and in
 * plan.json ({@code tables[].kind}).
 */
public enum TableKind implements Keyword {
    BUDGET("budget"),
    OBJECTIVES("objectives"),
    TASKS("tasks");

    private final String id;

    TableKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The word, so that text made of a table's kind reads as the templates write it. */
    @Override
    public String toString() {
        return id;
    }
}
