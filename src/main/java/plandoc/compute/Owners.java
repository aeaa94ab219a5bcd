package plandoc.compute;

/** Message phrases naming the row or table a problem is about, translated by {@code Messages}. */
final class Owners {
    private Owners() {
    }

    static String item(BudgetFigures figures, int number, String id) {
        return plandoc.diagnostic.Nouns.numberedItem(figures.itemNoun(), number, id);
    }

    static String group(int number, String id) {
        return id.isEmpty() ? "@owner.group-unnamed|" + Numbering.roman(number)
                : "@owner.group|" + Numbering.roman(number) + "|" + id;
    }

    static String budget(String id) {
        return "@owner.budget|" + id;
    }
}
