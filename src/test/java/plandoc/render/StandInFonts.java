package plandoc.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * An office's own fonts in a templates folder, for tests: Liberation Sans stands in for the four
 * Times New Roman files, because it is visibly not the bundled serif.
 */
public final class StandInFonts {
    static final String LIBERATION = "com/mpobjects/jasperreports/fonts/liberation/";
    private static final Map<String, String> STAND_INS = Map.of(
            "serif-regular.ttf", "LiberationSans-Regular.ttf",
            "serif-bold.ttf", "LiberationSans-Bold.ttf",
            "serif-italic.ttf", "LiberationSans-Italic.ttf",
            "serif-bold-italic.ttf", "LiberationSans-BoldItalic.ttf");

    private StandInFonts() {
    }

    /** The four faces written into {@code templates/fonts/}. */
    public static void install(Path templates) throws IOException {
        for (var face : STAND_INS.entrySet()) {
            install(templates, face.getKey(), face.getValue());
        }
    }

    /** One face, {@code name} ("serif-regular.ttf"), as the Liberation file {@code standIn}. */
    static void install(Path templates, String name, String standIn) throws IOException {
        Files.createDirectories(templates.resolve("fonts"));
        Files.write(templates.resolve("fonts").resolve(name), resource(LIBERATION + standIn));
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = StandInFonts.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
