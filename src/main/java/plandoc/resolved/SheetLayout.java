package plandoc.resolved;

import java.util.List;

/**
 * A budget table's sheet in the workbook (XLSX) as compute laid it out: the renderer only places these values.
 * Neither Excel nor LibreOffice grows a row to fit its wrapped text when it opens a file, so every row's height is
 * stated, measured from its text with the font's widths in its columns' widths.
 *
 * @param tableId the table's id ({@link ResolvedPlan#table}): the sheet holds the table, not a copy of it
 * @param headerRows the table's header rows
 * @param header  the header's labels where the sheet places them, its merged cells with them
 * @param name    the sheet's name: its appendix's label ("Phụ lục 03") within Excel's rules, unique in the workbook
 * @param banners the lines above the table: its appendix's heading, title and caption, those it has
 * @param columns each column's width in Excel's unit, a 256th of the default font's digit
 * @param rowsTwips every sheet row's height in twentieths of a point, as the sheet stores it (measured, then cut to
 *                whole twentieths), from the first banner row to the last note row
 * @param parts   how the sheet prints: whole, or in the PDF's column parts
 * @param pages   its printed pages: the scale, the row breaks, the rows each part prints
 * @param pageFooter the footer of each of its printed pages, in Excel's header and footer codes: its appendix's label
 *                and the page's number within the sheet ("Phụ lục 01 – Trang &amp;P"), so a page printed with the
 *                whole workbook says which appendix it continues; "Trang &amp;P" alone for a table in no appendix
 */
public record SheetLayout(String tableId, int headerRows, List<SheetHeaderCell> header, String name,
                          List<SheetBanner> banners, List<Integer> columns, List<Integer> rowsTwips, SheetParts parts,
                          SheetPages pages, String pageFooter) {
    public SheetLayout {
        header = List.copyOf(header);
        banners = List.copyOf(banners);
        columns = List.copyOf(columns);
        rowsTwips = List.copyOf(rowsTwips);
    }

    /** The sheet row of the unit line, under the banners. */
    public int unitRow() {
        return banners.size();
    }

    /** The sheet row of the first header row. */
    public int firstHeader() {
        return unitRow() + 1;
    }

    /** The sheet row of the first body row: the banners, the unit line, the header rows. */
    public int firstBody() {
        return firstHeader() + headerRows;
    }

    /**
     * The last column the lines above and below the table (heading, title, caption, notes) span, from the first:
     * the whole table; for a table printed in column parts, the first part's columns, so the title is centred on the
     * first printed page as the PDF centres it.
     */
    public int lastBannerColumn() {
        return parts.last(0, columns.size());
    }
}
