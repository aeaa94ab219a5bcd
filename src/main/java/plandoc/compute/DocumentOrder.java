package plandoc.compute;

import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.resolved.DocumentInfo;

/**
 * A replacing, amending or correcting document comes after the one it replaces, amends or corrects: one dated before
 * it is a slip in a date or in the folder named, said at the name with both dates. When the earlier document has no
 * date yet the order cannot be checked, which is said as a warning; the same day is allowed (both signed that day).
 */
final class DocumentOrder {
    private DocumentOrder() {
    }

    /**
     * @param before  the error's key: its arguments the newer's date, the older's folder and date
     * @param undated the warning's key when the older has no date: the older's folder, the newer's date
     * @param named   the messages' first argument: the key written ("amends"), or the replacing folder named at replaced_by:
     * @return whether the order holds (or cannot be known): false after an error
     */
    static boolean check(DocumentInfo newer, String olderSlug, DocumentInfo older, SourcePosition at, String before,
                         String undated, String named, Problems problems) {
        if (newer.date().isEmpty()) {
            return true;
        }
        String newerDate = newer.date().get().toString();
        if (older.date().isEmpty()) {
            problems.warning(at, undated, named, olderSlug, newerDate);
            return true;
        }
        if (!newer.date().get().isBefore(older.date().get())) {
            return true;
        }
        problems.error(at, before, named, newerDate, olderSlug, older.date().get().toString());
        return false;
    }
}
