package plandoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The tests' fonts, configured as an office without Times New Roman's licence configures its own: a folder of the
 * four serif files that {@code PLANDOC_FONTS} names (README, "Fonts"). The files are Liberation Serif, the faces the
 * bundled stand-in embeds, so a test's PDFs are the same; but they are the tests' declared choice, so a build does not
 * warn that the issued documents print in the stand-in (a test of that warning runs without this folder).
 */
public final class TestFonts {
    private static final String LIBERATION = "com/mpobjects/jasperreports/fonts/liberation/";
    private static final Map<String, String> FACES = Map.of(
            "serif-regular.ttf", "LiberationSerif-Regular.ttf",
            "serif-bold.ttf", "LiberationSerif-Bold.ttf",
            "serif-italic.ttf", "LiberationSerif-Italic.ttf",
            "serif-bold-italic.ttf", "LiberationSerif-BoldItalic.ttf");
    private static Path folder;

    private TestFonts() {
    }

    /**
     * The folder, written once per test run (each file moved in whole: another test JVM may write it too): the one
     * {@code PLANDOC_FONTS} names (Maven sets it for the tests and the commands they start), else target/test-fonts.
     */
    public static synchronized Path folder() {
        if (folder == null) {
            String named = System.getenv(plandoc.render.pdf.PdfFonts.FOLDER_VARIABLE);
            Path made = (named == null ? Path.of("target", "test-fonts") : Path.of(named)).toAbsolutePath();
            try {
                Files.createDirectories(made);
                for (var face : FACES.entrySet()) {
                    Path file = made.resolve(face.getKey());
                    if (!Files.isRegularFile(file)) {
                        Path part = Files.createTempFile(made, face.getKey(), ".part");
                        try (InputStream in = TestFonts.class.getClassLoader().getResourceAsStream(LIBERATION + face.getValue())) {
                            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                        }
                        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            folder = made;
        }
        return folder;
    }

    /** {@code environment} with {@code PLANDOC_FONTS} naming the tests' fonts, unless it names a folder already. */
    public static Map<String, String> in(Map<String, String> environment) {
        if (environment.containsKey(plandoc.render.pdf.PdfFonts.FOLDER_VARIABLE)) {
            return environment;
        }
        Map<String, String> with = new java.util.HashMap<>(environment);
        with.put(plandoc.render.pdf.PdfFonts.FOLDER_VARIABLE, folder().toString());
        return Map.copyOf(with);
    }

    /**
     * The font file {@code font} (one of the tests' Liberation Serif files) as a Times New Roman face would be named:
     * its name table says family "Times New Roman" and subfamily {@code subfamily} ("Bold Italic"); the PostScript
     * name stays the source's, so a PDF shows which file it embedded. The tests may not hold Times New Roman itself,
     * and plandoc reads a face's name table to tell it from another font renamed times.ttf (s29 tryout F8).
     */
    public static byte[] timesNewRoman(byte[] font, String subfamily) throws IOException {
        String postScript;
        try (org.apache.fontbox.ttf.TrueTypeFont read = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
            postScript = read.getName();
        }
        // A new 'name' table (format 0, Windows Unicode English records) appended, the directory entry pointed at it.
        String[] names = {"Times New Roman", subfamily, "Times New Roman " + subfamily, postScript};
        int[] ids = {1, 2, 4, 6};
        java.io.ByteArrayOutputStream strings = new java.io.ByteArrayOutputStream();
        java.nio.ByteBuffer table = java.nio.ByteBuffer.allocate(6 + 12 * names.length);
        table.putShort((short) 0).putShort((short) names.length).putShort((short) (6 + 12 * names.length));
        for (int i = 0; i < names.length; i++) {
            byte[] text = names[i].getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
            table.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) ids[i])
                    .putShort((short) text.length).putShort((short) strings.size());
            strings.write(text);
        }
        java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
        whole.write(table.array());
        whole.write(strings.toByteArray());
        byte[] name = whole.toByteArray();
        int start = (font.length + 3) / 4 * 4;
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(start + name.length);
        out.put(font).position(start);
        out.put(name);
        int tables = out.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (out.getInt(entry) == 0x6e616d65) { // 'name'
                out.putInt(entry + 8, start).putInt(entry + 12, name.length);
            }
        }
        return out.array();
    }

    /** Writes the folder before a test class runs (registered for every class: META-INF/services). */
    public static final class Written implements org.junit.jupiter.api.extension.BeforeAllCallback {
        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            folder();
        }
    }
}
