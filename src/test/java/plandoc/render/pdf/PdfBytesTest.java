package plandoc.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The PDF's bytes collected in chunks are exactly what a {@link ByteArrayOutputStream} would hold. */
class PdfBytesTest {

    @Test
    void mixedWritesAcrossChunkBoundariesKeepEveryByteInOrder() {
        Random random = new Random(17);
        PdfBytes chunked = new PdfBytes();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        // Single bytes, small runs, runs that end exactly on a chunk's end, and runs longer than a chunk.
        int[] lengths = {1, 7, PdfBytes.CHUNK - 8, 0, 3 * PdfBytes.CHUNK + 5, PdfBytes.CHUNK - 5, 1, 4096};
        for (int length : lengths) {
            byte[] bytes = new byte[length + 6];
            random.nextBytes(bytes);
            if (length == 1) {
                chunked.write(bytes[0]);
                plain.write(bytes[0]);
            } else {
                chunked.write(bytes, 3, length);
                plain.write(bytes, 3, length);
            }
        }
        assertArrayEquals(plain.toByteArray(), chunked.toByteArray());
    }

    @Test
    void nothingWrittenIsAnEmptyArray() {
        assertArrayEquals(new byte[0], new PdfBytes().toByteArray());
    }

    @Test
    void aRunOutsideItsArrayIsRefused() {
        PdfBytes chunked = new PdfBytes();
        assertThrows(IndexOutOfBoundsException.class, () -> chunked.write(new byte[4], 2, 3));
    }
}
