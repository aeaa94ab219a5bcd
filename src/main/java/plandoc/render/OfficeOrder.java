package plandoc.render;

import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.TableView;

/**
 * When a plan's Word and Excel files are written (issue 17). Normally beside the PDF, on the second
 * core. For a plan with very long tables (the 2,000-item budget: 173 pages) the DOCX's XML tree (~130 MB
 * in XMLBeans) and the PDF's layout together pushed the serial collector's old generation, which it
 * empties only when full, to its whole initial size: peak RSS 536–554 MB (336 MB without the office
 * files). Such a plan writes its DOCX after the PDF, once the PDF's garbage is collected: 445–453 MB
 * (docs/benchmarks.md, session 4). Since session 6 its XLSX too (POI's tree of the workbook, promoted
 * during the PDF's layout, stayed in the old generation as garbage until the PDF was done), written on
 * the second core while the DOCX is written on the first. The bytes are the same either way.
 */
final class OfficeOrder {
    /** Table rows from which a plan counts as large; the bundled plans have a few hundred at most. */
    static final int LARGE_ROWS = 1_000;

    private OfficeOrder() {
    }

    static boolean large(ResolvedPlan plan) {
        int rows = 0;
        for (TableView table : plan.tables()) {
            rows += table.rows().size();
        }
        return rows >= LARGE_ROWS;
    }

    /**
     * The PDF's pages are painted and its layout (openhtmltopdf's box tree and the page's DOM, most of
     * the live heap) is garbage, but the serial collector's old generation still holds it, promoted there
     * during the layout: a full collection before the document is saved lets the save and the office
     * files reuse that space instead of pushing the old generation higher. 2,000 items: peak RSS ~398 →
     * ~364 MB (docs/benchmarks.md, "s12-big"); a ~0.09 s pause, only for a large plan.
     */
    static void releaseLayout() {
        System.gc();
    }

    /**
     * The PDF is printed and its layout, boxes and PDFBox objects are garbage: a full collection now
     * compacts the old generation before the DOCX's tree is promoted into it, instead of letting both
     * fill it (a one-off ~0.1 s pause, only for a large plan).
     */
    static void releasePdf() {
        System.gc();
    }
}
