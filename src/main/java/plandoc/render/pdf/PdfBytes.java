package plandoc.render.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a PDF as PDFBox saves it, in chunks of a fixed size, then copies it once into an array of
 * its exact length. A {@link java.io.ByteArrayOutputStream} doubles its buffer as it grows: for the
 * 2,000-item plan (132 pages, 10.7 MB) it allocated buffers of 4, 8 and 16 MB and then the copy, each outliving a
 * young collection and so promoted to the old generation, where they stayed until the next full
 * collection and set the build's peak memory (issue 17, docs/benchmarks.md, "The 2,000-item plan
 * (issue 17, session 6)"). The bytes are the same.
 */
final class PdfBytes extends OutputStream {

    /** Small enough that a chunk is an ordinary allocation, large enough that a big PDF needs few. */
    static final int CHUNK = 256 * 1024;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            nextChunk();
        }
        current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        while (length > 0) {
            if (used == CHUNK) {
                nextChunk();
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, current, used, n);
            used += n;
            offset += n;
            length -= n;
        }
    }

    private void nextChunk() {
        full.add(current);
        current = new byte[CHUNK];
        used = 0;
    }

    /** Everything written so far, in one array of its exact length. */
    byte[] toByteArray() {
        long size = (long) full.size() * CHUNK + used;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a PDF of " + size + " bytes does not fit in one array");
        }
        byte[] all = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : full) {
            System.arraycopy(chunk, 0, all, at, CHUNK);
            at += CHUNK;
        }
        System.arraycopy(current, 0, all, at, used);
        return all;
    }
}
