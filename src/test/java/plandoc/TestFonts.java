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

    /** Writes the folder before a test class runs (registered for every class: META-INF/services). */
    public static final class Written implements org.junit.jupiter.api.extension.BeforeAllCallback {
        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            folder();
        }
    }
}
