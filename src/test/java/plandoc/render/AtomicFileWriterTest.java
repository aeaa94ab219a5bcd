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
