package plandoc.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The four faces embedded in every PDF, read once per build.
 *
 * <p>Decree 30 asks for Times New Roman, which we may not redistribute. By default the faces are
 * Liberation Serif (metric-compatible, SIL OFL, bundled on the classpath) registered under the family
 * name "Times New Roman", so line breaks match what officers see in Word. An office holding a
 * licence puts its own TrueType files in {@code <templates>/fonts/}: {@code serif-regular.ttf},
 * {@code serif-bold.ttf}, {@code serif-italic.ttf}, {@code serif-bold-italic.ttf} (all four; TrueType
 * outlines only, openhtmltopdf cannot embed CFF/OpenType or WOFF).
 */
public final class PdfFonts {

    /** The CSS family name templates use. */
    public static final String FAMILY = "Times New Roman";

    static final String BUNDLED = "com/mpobjects/jasperreports/fonts/liberation/";

    private final List<Face> faces;
    private final String source;
    /** Hashed on a second thread while the first page is laid out: needed only when a PDF is finished. */
    private final FutureTask<byte[]> fingerprint;
    private final FontMetricsCache metrics = new FontMetricsCache();

    private PdfFonts(List<Face> faces, String source) {
        this.faces = List.copyOf(faces);
        this.source = source;
        this.fingerprint = new FutureTask<>(() -> digest(this.faces));
        Thread thread = new Thread(fingerprint, "plandoc-font-digest");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The faces in {@code <templatesDir>/fonts/} when that folder holds any of the four files, else the
     * bundled Liberation Serif.
     *
     * @throws IOException when the override is incomplete or unreadable
     */
    public static PdfFonts load(Path templatesDir) throws IOException {
        Path dir = templatesDir.resolve("fonts");
        List<Path> override = Face.Kind.all().stream().map(k -> dir.resolve(k.overrideName)).toList();
        if (override.stream().anyMatch(Files::isRegularFile)) {
            List<Face> faces = new ArrayList<>();
            for (Face.Kind kind : Face.Kind.all()) {
                Path file = dir.resolve(kind.overrideName);
                if (!Files.isRegularFile(file)) {
                    throw new IOException(file + ": thiếu tệp phông chữ (cần đủ 4 kiểu: thường, đậm, nghiêng, đậm nghiêng)");
                }
                faces.add(new Face(kind, Files.readAllBytes(file)));
            }
            return new PdfFonts(faces, dir.toString());
        }
        return bundled();
    }

    /** Liberation Serif from the classpath: free to embed and to publish as a web font. */
    public static PdfFonts bundled() throws IOException {
        List<Face> faces = new ArrayList<>();
        for (Face.Kind kind : Face.Kind.all()) {
            faces.add(new Face(kind, readResource(BUNDLED + kind.bundledName)));
        }
        return new PdfFonts(faces, "Liberation Serif");
    }

    /** The bundled faces as web fonts: file name → bytes (never an office's licensed override). */
    public static List<WebFont> webFonts() throws IOException {
        List<WebFont> fonts = new ArrayList<>();
        for (Face.Kind kind : Face.Kind.all()) {
            fonts.add(new WebFont(kind.bundledName, readResource(BUNDLED + kind.bundledName)));
        }
        return fonts;
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            byte[] data = GlyphSubstitution.withoutSubstitution(face.data);
            builder.useFont(() -> new ByteArrayInputStream(data), FAMILY, face.kind.weight, face.kind.style, true);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
    }

    /** Identifies the font files, so a different font gives a different PDF document id. */
    byte[] fingerprint() {
        // Runs the task here when the thread has not started it yet (FutureTask runs once).
        fingerprint.run();
        try {
            return fingerprint.get().clone();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing the fonts", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e.getCause());
        }
    }

    /** Where the faces came from, for messages. */
    public String source() {
        return source;
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + ": không tìm thấy phông chữ đi kèm trên classpath");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] digest(List<Face> faces) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            faces.forEach(face -> sha.update(face.data));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A web font file published under {@code site/assets/fonts/}. */
    public record WebFont(String fileName, byte[] data) {
    }

    private record Face(Kind kind, byte[] data) {
        enum Kind {
            REGULAR("serif-regular.ttf", "LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            BOLD("serif-bold.ttf", "LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            ITALIC("serif-italic.ttf", "LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            BOLD_ITALIC("serif-bold-italic.ttf", "LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);

            final String overrideName;
            final String bundledName;
            final int weight;
            final FontStyle style;

            Kind(String overrideName, String bundledName, int weight, FontStyle style) {
                this.overrideName = overrideName;
                this.bundledName = bundledName;
                this.weight = weight;
                this.style = style;
            }

            static List<Kind> all() {
                return List.of(values());
            }
        }
    }
}
