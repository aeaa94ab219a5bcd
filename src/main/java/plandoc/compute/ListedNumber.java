package plandoc.compute;

/**
 * How the site's lists (index, agency view, search, feed, open data, page title) name a document by its number. A
 * draft has none until the văn thư numbers it at signing: its number-symbol is "/KH-UBND", which the PDF's header
 * prints as Decree 30 wants ("Số:       /KH-UBND") but a list would show as a stray fragment; the lists say
 * "Dự thảo Kế hoạch (chưa có số)" instead. Vietnamese on an English site too: it stands where the document's own
 * "424/QĐ-UBND" stands, in the document's language, as its kind name does.
 */
public final class ListedNumber {
    private ListedNumber() {
    }

    /** "424/QĐ-UBND"; a draft's ("/KH-UBND") "Dự thảo Kế hoạch (chưa có số)". */
    public static String of(String numberSymbol, String kindName) {
        return draft(numberSymbol) ? draftWords(kindName) : numberSymbol;
    }

    /** "Kế hoạch 05/KH-UBND", as a title begins; a draft's "Dự thảo Kế hoạch (chưa có số)". */
    public static String named(String numberSymbol, String kindName) {
        return draft(numberSymbol) ? draftWords(kindName) : kindName + " " + numberSymbol;
    }

    // DocumentInfo#draft's rule: only a draft's number-symbol begins with its "/".
    private static boolean draft(String numberSymbol) {
        return numberSymbol.startsWith("/");
    }

    private static String draftWords(String kindName) {
        return "Dự thảo " + kindName + " (chưa có số)";
    }
}
