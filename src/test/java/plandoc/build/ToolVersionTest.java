package plandoc.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's identity read from the digest the Maven build puts in the jar's manifest. */
class ToolVersionTest {
    private static Path jar(Path dir, String name, String digest, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (digest != null) {
            manifest.getMainAttributes().putValue(ToolVersion.MANIFEST_DIGEST, digest);
        }
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return jar;
    }

    @Test
    void readsTheDigestAndTheLibrariesFromTheManifest(@TempDir Path dir) throws IOException {
        Path jar = jar(dir, "a.jar", "abc123", "lib/pdfbox-3.0.7.jar");
        assertEquals(Optional.of("abc123 lib/pdfbox-3.0.7.jar"), ToolVersion.packagedDigest(jar));
    }

    @Test
    void aNewLibraryVersionIsANewTool(@TempDir Path dir) throws IOException {
        Optional<String> before = ToolVersion.packagedDigest(jar(dir, "a.jar", "abc123", "lib/pdfbox-3.0.7.jar"));
        Optional<String> after = ToolVersion.packagedDigest(jar(dir, "b.jar", "abc123", "lib/pdfbox-3.0.8.jar"));
        assertTrue(before.isPresent() && after.isPresent() && !before.equals(after));
    }

    @Test
    void withoutTheDigestTheJarIsHashedInstead(@TempDir Path dir) throws IOException {
        assertEquals(Optional.empty(), ToolVersion.packagedDigest(jar(dir, "none.jar", null, "lib/x.jar")));
        // Maven leaves the expression as it is when the build step that computes it did not run.
        assertEquals(Optional.empty(), ToolVersion.packagedDigest(jar(dir, "raw.jar", "${plandoc.code.digest}", "lib/x.jar")));
        assertEquals(Optional.empty(), ToolVersion.packagedDigest(dir.resolve("missing.jar")));
    }
}
