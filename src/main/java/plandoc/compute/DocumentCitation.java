package plandoc.compute;

import plandoc.resolved.DocumentInfo;

/**
 * How one document names another on the portal's pages: "Quyết định số 1520/QĐ-UBND ngày 15/06/2026", the words the
 * amending, correcting and replacing lines cite it by ({@link Amendments}, {@link Standings}).
 */
final class DocumentCitation {
    private DocumentCitation() {
    }

    static String of(DocumentInfo info) {
        return info.kindName() + " số " + info.numberSymbol() + info.shortDate().map(d -> " ngày " + d).orElse("");
    }
}
