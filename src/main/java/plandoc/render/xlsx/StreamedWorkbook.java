package plandoc.render.xlsx;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import plandoc.render.office.StableZip;

/**
 * POI's streaming workbook over the plan's own ({@link SXSSFWorkbook}): only the sheets made through it (the data sheet)
 * are streamed, one row in memory, the rest in a temporary file until the file is written; the laid-out sheets,
 * made on the template, stay as they are. Its writer copies the template's parts into a new package, here through
 * {@link StableZip}, so the workbook keeps its fixed dates: same sources, same file.
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    /** The rows kept in memory: the data sheet's are written in order and never gone back to. */
    private static final int ROWS_IN_MEMORY = 1;
    private final Optional<LocalDate> date;

    StreamedWorkbook(XSSFWorkbook template, Optional<LocalDate> date) {
        super(template, ROWS_IN_MEMORY, false, false);
        this.date = date;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        return StableZip.of(out, date);
    }

    /**
     * Deletes the temporary files. Not {@link #close}: it closes the template too, which saves the whole package
     * again into a buffer of POI's own ({@code OPCPackage.close}), as {@link BudgetWorkbook#write} avoids.
     */
    @SuppressWarnings("deprecation")
    void discard() {
        dispose();
    }
}
