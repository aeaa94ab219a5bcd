/**
 * Decree 30 PDF from the same XHTML the browser gets, through openhtmltopdf: the paged-media
 * stylesheet replaces the screen one, fonts are embedded, and the bytes are reproducible.
 *
 * <p>Page numbering is done in one render: each appendix (and an attached plan) starts an
 * openhtmltopdf page sequence ({@code -fs-page-sequence: start}), which restarts {@code counter(page)},
 * and carries a running page-number element shown with {@code element(pageNumber, last-except)},
 * which leaves the number off the page where the element sits — the first page of the document and
 * of every appendix. Links between parts and the outline therefore work without merging files.
 */
package plandoc.render.pdf;
