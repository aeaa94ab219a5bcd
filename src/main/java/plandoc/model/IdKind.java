package plandoc.model;

/** What an id names, which decides how a reference to it is printed. */
public enum IdKind {
    ARTICLE, SECTION, OBJECTIVES, OBJECTIVE, TASKS, TASK, BUDGET, BUDGET_GROUP, BUDGET_ITEM, APPENDIX;

    public boolean isTable() {
        return this == OBJECTIVES || this == TASKS || this == BUDGET;
    }
}
