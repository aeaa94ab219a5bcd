package plandoc.diff;

/** Compares two computed versions of a plan, part by part, by id. */
public final class PlanComparator {
    private final DocumentComparator document = new DocumentComparator();
    private final PartComparator parts = new PartComparator();
    private final ObjectiveComparator objectives = new ObjectiveComparator();
    private final TaskComparator tasks = new TaskComparator();
    private final BudgetComparator budgets = new BudgetComparator();
    private final AppendixComparator appendices = new AppendixComparator();

    /** @param path the plan folder as the user named it, for headings */
    public PlanComparison compare(String path, Revision from, PlanSnapshot before, Revision to, PlanSnapshot after) {
        return new PlanComparison(path, from, to, before.resolved().info(), after.resolved().info(),
                document.compare(before, after), parts.compare(before, after),
                objectives.compare(before, after), tasks.compare(before, after), budgets.compare(before, after),
                appendices.appendices(before, after), appendices.references(before, after));
    }
}
