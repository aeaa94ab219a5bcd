package plandoc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * plandoc.jar started without the {@code lib/} folder it was built with (its manifest's {@code Class-Path}):
 * copied alone out of the distribution, as "the plandoc.jar" a department is given. One line saying what to
 * copy instead of a {@code NoClassDefFoundError}. Uses the JDK only, and plandoc's own messages bundle
 * through {@link ResourceBundle} directly: the classes that read it otherwise need the missing libraries.
 *
 * <p>Exit 2, as for a wrong command line: the way plandoc was started is wrong, nothing was read or written,
 * and the fix is the user's (copy {@code lib/} beside the jar). Not 1, which says the content has problems,
 * nor 3, which says plandoc itself is at fault and asks for {@code PLANDOC_DEBUG=1}.
 */
final class Installation {
    private Installation() {
    }

    /**
     * When jars of the running plandoc.jar's {@code Class-Path} are missing: says which folder, on standard
     * error, and gives the exit code; empty when they are all there (the class was missing for another reason).
     */
    static OptionalInt missingLibraries(String[] args) {
        Path jar;
        List<String> classPath;
        try {
            var source = Installation.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return OptionalInt.empty();
            }
            jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return OptionalInt.empty();
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                var manifest = file.getManifest();
                String entries = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
                classPath = entries == null ? List.of() : Arrays.asList(entries.trim().split("\\s+"));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Path folder = jar.toAbsolutePath().getParent();
        List<String> missing = classPath.stream().filter(e -> !Files.isRegularFile(folder.resolve(e))).toList();
        if (missing.isEmpty()) {
            return OptionalInt.empty();
        }
        Locale locale = english(args) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ResourceBundle texts = ResourceBundle.getBundle("plandoc.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Path lib = folder.resolve("lib");
        String text = Files.isDirectory(lib)
                ? String.format(Locale.ROOT, texts.getString("cli.libraries-incomplete"), String.valueOf(missing.size()), lib,
                        missing.get(0), jar.getFileName())
                : String.format(Locale.ROOT, texts.getString("cli.libraries-missing"), lib, jar.getFileName());
        new PrintStream(System.err, true, StandardCharsets.UTF_8).println(
                texts.getString("severity.error") + ": " + text);
        return OptionalInt.of(ExitCode.USAGE);
    }

    /** {@code --lang en} anywhere on the line, as {@link PlandocCommand} reads it. */
    private static boolean english(String[] args) {
        List<String> list = Arrays.asList(args);
        int i = list.indexOf("--lang");
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1).equals("en") : list.contains("--lang=en");
    }
}
