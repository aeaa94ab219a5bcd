package plandoc.render.office;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * POI stamps every part of an OOXML package with the time of writing, so the same plan would give
 * different bytes on each build. This rewrites the package with one fixed time (the document's
 * date), keeping the parts and their order: same sources, same file.
 */
public final class StableZip {
    private static final LocalDate DOS_EPOCH = LocalDate.of(1980, 1, 1);

    private StableZip() {
    }

    /**
     * A stream for POI to write its package into, storing the parts uncompressed: {@link #withTime}
     * compresses every part again anyway, so POI's own deflate (level 6) was paid twice for bytes
     * thrown away (issue 17). The file written is the same.
     */
    public static ZipArchiveOutputStream uncompressed(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION);
        return zip;
    }

    public static byte[] withTime(byte[] zip, java.util.Optional<LocalDate> date) throws IOException {
        LocalDateTime time = date.filter(d -> !d.isBefore(DOS_EPOCH)).orElse(DOS_EPOCH).atTime(LocalTime.MIDNIGHT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
