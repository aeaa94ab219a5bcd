package plandoc.diff;

/**
 * An appendix added, removed, renumbered or retitled.
 *
 * @param labelBefore "Phụ lục 3" before, "" when added
 * @param labelAfter  "Phụ lục 2" after, "" when removed
 */
public record AppendixChange(String id, Status status, String labelBefore, String labelAfter, String titleBefore,
                             String titleAfter) {
    public boolean renumbered() {
        return status == Status.CHANGED && !labelBefore.equals(labelAfter);
    }

    public boolean retitled() {
        return status == Status.CHANGED && !titleBefore.equals(titleAfter);
    }

    public String title() {
        return titleAfter.isEmpty() ? titleBefore : titleAfter;
    }
}
