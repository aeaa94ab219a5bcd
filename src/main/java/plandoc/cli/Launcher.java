package plandoc.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The command the user started plandoc with, as they would type it again in a "then run … serve" hint:
 * {@code ./plandoc} through the wrapper (which says how it was called in {@value #ENVIRONMENT}),
 * {@code java -jar target/plandoc.jar} when the jar was run directly.
 */
final class Launcher {
    /** Set by the {@code plandoc} wrapper script to its {@code $0}: the wrapper as the user called it. */
    static final String ENVIRONMENT = "PLANDOC_LAUNCHER";
    /** Neither wrapper nor jar (the classes folder of a development build): the documented way. */
    static final String WRAPPER = "./plandoc";

    private Launcher() {
    }

    static String command() {
        return command(Optional.ofNullable(System.getenv(ENVIRONMENT)), Optional.ofNullable(System.getenv("PATH")),
                jar(), Path.of("").toAbsolutePath(), home(), File.separatorChar == '\\');
    }

    static String command(Optional<String> launcher, Optional<String> path, Optional<Path> jar, Path cwd) {
        return command(launcher, path, jar, cwd, Optional.empty(), File.separatorChar == '\\');
    }

    /**
     * @param launcher the wrapper's {@code $0}, when it started this JVM
     * @param path     the {@code PATH}: a wrapper found there is typed by its name alone
     * @param jar      the jar this class was loaded from, if any
     * @param cwd      the working directory, against which paths are shown as typed
     * @param home     the user's home folder: a path under it (not under {@code cwd}) is shown from {@code ~/} on a
     *                 POSIX shell, which reads it back, and the officer's user name is not in it
     * @param windows  cmd.exe and PowerShell: no {@code ~/}, a path quoted as they read it
     */
    static String command(Optional<String> launcher, Optional<String> path, Optional<Path> jar, Path cwd,
                          Optional<Path> home, boolean windows) {
        Optional<String> wrapper = launcher.filter(l -> !l.isBlank());
        if (wrapper.isPresent()) {
            Path script = Path.of(wrapper.get());
            if (script.isAbsolute() && script.getParent() != null && path.isPresent()
                    && Arrays.stream(path.get().split(File.pathSeparator)).filter(d -> !d.isEmpty())
                            .anyMatch(d -> Path.of(d).toAbsolutePath().normalize().equals(script.getParent().normalize()))) {
                return script.getFileName().toString();
            }
            return script.isAbsolute() ? shown(script, cwd, true, home, windows) : quoted(wrapper.get(), windows);
        }
        return jar.map(j -> "java -jar " + shown(j, cwd, false, home, windows)).orElse(WRAPPER);
    }

    /**
     * A path as a shell reads it back: under the working directory relative to it ("./plandoc" for a script, as a
     * shell needs), else under the home folder from {@code ~/} (POSIX), else whole; quoted as needed.
     */
    private static String shown(Path file, Path cwd, boolean script, Optional<Path> home, boolean windows) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = cwd.toAbsolutePath().normalize();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            String relative = base.relativize(absolute).toString();
            return quoted(script ? "./" + relative : relative, windows);
        }
        Optional<Path> own = home.map(h -> h.toAbsolutePath().normalize())
                .filter(h -> !windows && h.getNameCount() > 0 && absolute.startsWith(h) && !absolute.equals(h));
        if (own.isPresent()) {
            return "~/" + quoted(own.get().relativize(absolute).toString(), false);
        }
        return quoted(absolute.toString(), windows);
    }

    private static Optional<Path> home() {
        try {
            return Optional.ofNullable(System.getProperty("user.home")).filter(h -> !h.isBlank()).map(Path::of);
        } catch (SecurityException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * plandoc as the files {@code new} writes name it: the wrapper as the README spells it, {@code ./plandoc} when the
     * terminal says that, else {@code plandoc}, never where this installation lives. A starter's comments are
     * published inside every PDF (the plan.yaml attached to it): a path such as {@code /home/<name>/…} or
     * {@code C:\Users\<name>\…} would carry the officer's user name (s19 review, finding 4), and any install path
     * would be wrong after an upgrade. The terminal's next steps keep the exact {@link #command()} (s35: the s34
     * review's M4 asked the comments to say the terminal's path; kept as s19 decided, for these two reasons).
     */
    static String inFiles() {
        return inFiles(command());
    }

    static String inFiles(String command) {
        return command.equals(WRAPPER) ? WRAPPER : "plandoc";
    }

    /** A word as the user's shell reads it back: quoted when it holds a space or another special character. */
    static String quoted(String text) {
        return quoted(text, File.separatorChar == '\\');
    }

    /**
     * POSIX shells take single quotes; cmd.exe and PowerShell do not (they would keep the quotes in the path), but
     * both read a path in double quotes, and a Windows path cannot hold a double quote.
     */
    static String quoted(String text, boolean windows) {
        if (windows) {
            return text.matches("[A-Za-z0-9_.\\\\/:@+=,-]+") ? text : '"' + text + '"';
        }
        return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    private static Optional<Path> jar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return location.getFileName() != null && location.getFileName().toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
