package plandoc.render.office;

import org.apache.xmlbeans.impl.util.LongUTFDataInputStream;
import org.apache.xmlbeans.impl.util.LongUTFDataOutputStream;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The strings of XMLBeans' compiled schema types, read by plandoc's patched copy of XMLBeans'
 * {@code LongUTFDataInputStream}: exactly what the library's writer (and the JDK's modified UTF-8) wrote.
 */
class SchemaStringsTest {
    private static final List<String> STRINGS = List.of(
            "", "ctrpr097etype", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "Kế hoạch chuyển đổi số", "a\u0000b", "\u00e9\u07ff\u0800\uffff", "emoji \uD83D\uDCC4 end",
            "x".repeat(70_000) + "ế".repeat(30_000));

    @Test
    void readsWhatTheLibrarysWriterWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (LongUTFDataOutputStream out = new LongUTFDataOutputStream(bytes)) {
            for (String s : STRINGS) {
                out.writeLongUTF(s);
            }
            out.writeInt(42);
        }
        try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (String s : STRINGS) {
                assertEquals(s, in.readLongUTF());
            }
            assertEquals(42, in.readInt(), "each string read to its end and no further");
        }
    }

    @Test
    void readsTheJdksModifiedUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String s : STRINGS.subList(0, STRINGS.size() - 1)) {
                out.writeUTF(s);
            }
        }
        try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (String s : STRINGS.subList(0, STRINGS.size() - 1)) {
                assertEquals(s, in.readLongUTF());
            }
        }
    }

    @Test
    void malformedInputIsRefusedAsBefore() {
        assertThrows(UTFDataFormatException.class, () -> read(0, 2, 'a', 0xE1), "partial character at end");
        assertThrows(UTFDataFormatException.class, () -> read(0, 2, 0xC3, 'a'), "bad continuation byte");
        assertThrows(UTFDataFormatException.class, () -> read(0, 1, 0x80), "continuation byte first");
        assertThrows(UTFDataFormatException.class, () -> read(0, 1, 0xF0), "four-byte lead");
    }

    /** XMLBeans reads plandoc's copy, and OOXML types load through it. */
    @Test
    void xmlBeansUsesThePatchedReader() {
        assertEquals(SchemaResources.class.getProtectionDomain().getCodeSource().getLocation(),
                LongUTFDataInputStream.class.getProtectionDomain().getCodeSource().getLocation());
        assertEquals("CT_RPr", CTRPr.type.getName().getLocalPart());
        assertEquals("CT_Worksheet", CTWorksheet.type.getName().getLocalPart());
    }

    private static String read(int... bytes) throws IOException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) bytes[i];
        }
        try (LongUTFDataInputStream in = new LongUTFDataInputStream(new ByteArrayInputStream(b))) {
            return in.readLongUTF();
        }
    }
}
