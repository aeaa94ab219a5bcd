package plandoc.compute;

import java.util.List;

/** A column of a budget table's money block: a figure for a selection, or a free-text column printed inside it. */
record MoneyColumn(Selection selection, String textColumn, List<String> headerPath, String key) {
    boolean isText() {
        return textColumn != null;
    }
}
