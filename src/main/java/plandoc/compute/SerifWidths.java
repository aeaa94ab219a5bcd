package plandoc.compute;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The table of Liberation Serif's advance widths that {@link TextMeasure} reads instead of the font
 * files: made by the Maven build (antrun, {@code process-classes}) with {@link #main}, so it always comes
 * from the font jar plandoc is packaged with. Two faces (regular, bold), {@value TextMeasure#TABLE_SIZE}
 * floats each, exactly the values the font gives.
 */
final class SerifWidths {
    static final String RESOURCE = "plandoc/compute/serif-widths.bin";
    static final int MAGIC = 0x53575431; // "SWT1"
    private static final String[] FACES = {TextMeasure.REGULAR_FONT, TextMeasure.BOLD_FONT};
    private static final float[][] PACKAGED = load();

    private SerifWidths() {
    }

    /** Writes the table under {@code args[0]} (the classes folder). */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    static void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out));
        data.writeInt(MAGIC);
        data.writeInt(TextMeasure.TABLE_SIZE);
        for (String face : FACES) {
            TextMeasure.FontWidths widths = TextMeasure.FontWidths.read(face);
            for (int c = 0; c < TextMeasure.TABLE_SIZE; c++) {
                data.writeFloat(widths.width(c));
            }
        }
        data.flush();
    }

    /** A face's widths to fill in: the packaged ones (a copy), or NaN throughout without a table. */
    static float[] packaged(int face) {
        if (PACKAGED != null) {
            return PACKAGED[face].clone();
        }
        float[] empty = new float[TextMeasure.TABLE_SIZE];
        Arrays.fill(empty, Float.NaN);
        return empty;
    }

    private static float[][] load() {
        try (InputStream in = SerifWidths.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? null : TextMeasure.readTable(in);
        } catch (IOException e) {
            return null; // then every width is read from the fonts, as without the table
        }
    }
}
