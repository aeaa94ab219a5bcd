package plandoc.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;

/**
 * Identifies the running plandoc for the build cache: the release version plus a digest of its own
 * code (the jar, or the classes folder in development) and the names of the library jars beside it,
 * whose names carry their versions. A rebuilt plandoc therefore never trusts outputs of the old one,
 * even when nobody bumped the version.
 */
public final class ToolVersion {
    public static final String RELEASE = "0.1.0";

    private final String fingerprint;

    private ToolVersion(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** Reads the running code once; a build or a preview server holds the result. */
    public static ToolVersion current() {
        Digest digest = new Digest().add(RELEASE);
        try {
            CodeSource source = ToolVersion.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code != null && Files.isRegularFile(code)) {
                digest.addFile(code);
            } else if (code != null && Files.isDirectory(code)) {
                digest.addTree(code);
            } else {
                digest.add("unknown code source");
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Without a digest every build is a clean one: slower, never wrong.
            digest.add("unreadable code " + System.nanoTime());
        }
        Arrays.stream(System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> Path.of(entry).getFileName().toString())
                .sorted()
                .forEach(digest::add);
        return new ToolVersion(digest.hex());
    }

    /** A fixed identity, for tests that compare caches across builds. */
    static ToolVersion of(String fingerprint) {
        return new ToolVersion(fingerprint);
    }

    public String fingerprint() {
        return fingerprint;
    }
}
