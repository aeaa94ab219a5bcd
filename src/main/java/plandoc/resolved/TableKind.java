package plandoc.resolved;

/**
 * What a table shows; its {@link #id()} names it in the templates' CSS classes ({@code table-budget}) and in
 * plan.json ({@code tables[].kind}).
 */
public enum TableKind implements Keyword {
    BUDGET,
    OBJECTIVES,
    TASKS;

    /** Its word ({@link #id()}), not its Java name: put into text or a message key, it reads as written. */
    @Override
    public String toString() {
        return id();
    }
}
