package plandoc.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Identifies the running plandoc for the build cache: the release version plus a digest of its own
 * code (the jar, or the classes folder in development) and the names of the library jars beside it,
 * whose names carry their versions. A rebuilt plandoc therefore never trusts outputs of the old one,
 * even when nobody bumped the version. A packaged jar carries the digest of its content in its
 * manifest, computed once by the build.
 */
public final class ToolVersion {
    static final String MANIFEST_DIGEST = "Plandoc-Code-Digest";

    private final String fingerprint;

    private ToolVersion(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** Reads the running code once; a build or a preview server holds the result. */
    public static ToolVersion current() {
        Digest digest = new Digest().add(plandoc.release.Release.VERSION);
        try {
            CodeSource source = ToolVersion.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            Optional<String> packaged = code != null && Files.isRegularFile(code) ? packagedDigest(code) : Optional.empty();
            if (packaged.isPresent()) {
                digest.add(packaged.get());
            } else if (code != null && Files.isRegularFile(code)) {
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

    /**
     * The digest of the jar's classes and resources that the Maven build writes into its manifest
     * ({@code Plandoc-Code-Digest}), with the libraries it names: reading them is cheaper than hashing
     * the jar on every run (issue 17).
     */
    static Optional<String> packagedDigest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(MANIFEST_DIGEST);
            // An unresolved "${...}" means the build did not compute it.
            if (value == null || value.isBlank() || value.startsWith("$")) {
                return Optional.empty();
            }
            // The library jars' names carry their versions: a new library is a new plandoc too.
            return Optional.of(value + " " + manifest.getMainAttributes().getValue("Class-Path"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A fixed identity, for tests that compare caches across builds. */
    static ToolVersion of(String fingerprint) {
        return new ToolVersion(fingerprint);
    }

    public String fingerprint() {
        return fingerprint;
    }
}
