package plandoc.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    private final AtomicFileWriter writer = new AtomicFileWriter();

    @Test
    void replacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("a/b/plan.json");
        writer.write(target, "cũ".getBytes(StandardCharsets.UTF_8));
        writer.write(target, "mới".getBytes(StandardCharsets.UTF_8));
        assertEquals("mới", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    /**
     * s36 review L3: {@code sign} gave the PDF it replaced the umask's mode (0664 came back 0644; 0644 under umask 077
     * came back 0600, unreadable to the web server). A replaced file keeps its own mode, whatever it is.
     */
    @Test
    void aReplacedFileKeepsItsOwnPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path target = dir.resolve("4086-QD-UBND.pdf");
        for (String mode : List.of("rw-rw-r--", "rw-------", "r--r--r--", "rwxr-x---")) {
            writer.write(target, "bản cũ".getBytes(StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
            writer.write(target, "bản đã ký".getBytes(StandardCharsets.UTF_8));
            assertEquals(mode, java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(target)));
            assertEquals("bản đã ký", Files.readString(target, StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            Files.delete(target);
        }
        assertEquals(List.of(), files());
    }

    @Test
    void aFailureHalfwayLeavesThePreviousVersionIntact() throws IOException {
        Path target = dir.resolve("4086-QD-UBND.pdf");
        writer.write(target, "bản cũ".getBytes(StandardCharsets.UTF_8));

        IOException failure = assertThrows(IOException.class, () -> writer.write(target, out -> {
            out.write("bản mới, mới ghi được một nửa".getBytes(StandardCharsets.UTF_8));
            throw new IOException("đĩa đầy");
        }));

        assertEquals("đĩa đầy", failure.getMessage());
        assertEquals("bản cũ", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files(), "the temporary file is removed");
    }

    @Test
    void copiesFiles() throws IOException {
        Path source = dir.resolve("source.png");
        Files.write(source, new byte[]{1, 2, 3});
        Path target = dir.resolve("site/anh/ban-do.png");
        writer.copy(source, target);
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), List.of(box(Files.readAllBytes(target))));
    }

    private static Byte[] box(byte[] bytes) {
        Byte[] boxed = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            boxed[i] = bytes[i];
        }
        return boxed;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
