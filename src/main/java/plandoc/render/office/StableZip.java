package plandoc.render.office;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every part of an OOXML package with the time of writing, so the same plan would give
 * different bytes on each build. The stream {@link #of} gives POI writes the package with one fixed time
 * (the document's date) instead, keeping the parts and their order: same sources, same file.
 */
public final class StableZip {
    private static final LocalDate DOS_EPOCH = LocalDate.of(1980, 1, 1);

    private StableZip() {
    }

    /**
     * A stream for POI's package writer ({@code ZipPackage} takes a {@link ZipArchiveOutputStream} as it
     * is) that passes each part on to a JDK {@link ZipOutputStream}, named as POI names it, deflated at the
     * default level and dated {@code date} (1 January 1980 when there is none). Issue 17: until session 7
     * POI wrote its package uncompressed and every part was read back and written again with the time
     * fixed: two zip passes for one file. The file is the same byte for byte: the same parts in the same
     * order through the same JDK writer with the same settings.
     */
    public static ZipArchiveOutputStream of(OutputStream out, Optional<LocalDate> date) {
        LocalDateTime time = date.filter(d -> !d.isBefore(DOS_EPOCH)).orElse(DOS_EPOCH).atTime(LocalTime.MIDNIGHT);
        return new Dated(new ZipOutputStream(out), time);
    }

    /** Only the calls POI's package writer makes, each passed on to the JDK writer. */
    private static final class Dated extends ZipArchiveOutputStream {
        private final ZipOutputStream zip;
        private final LocalDateTime time;
        private boolean done;

        Dated(ZipOutputStream zip, LocalDateTime time) {
            super(OutputStream.nullOutputStream());
            this.zip = zip;
            this.time = time;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            ZipEntry part = new ZipEntry(entry.getName());
            part.setTimeLocal(time);
            zip.putNextEntry(part);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            zip.write(bytes, offset, length);
        }

        @Override
        public void write(int b) throws IOException {
            zip.write(b);
        }

        @Override
        public void closeArchiveEntry() throws IOException {
            zip.closeEntry();
        }

        @Override
        public void flush() throws IOException {
            zip.flush();
        }

        @Override
        public void finish() throws IOException {
            if (!done) {
                done = true;
                zip.finish();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                finish();
                zip.close();
            } finally {
                super.close();
            }
        }
    }
}
