package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * s15 review, finding 3: plandoc.jar copied out of its distribution without the lib/ folder its manifest names
 * says so in one line (exit 2, see {@link Installation}), instead of a {@code NoClassDefFoundError}. The jar is
 * made here as Maven's jar plugin makes it (plandoc's classes, Main-Class, a Class-Path into lib/) and started
 * by a real JVM from a folder of its own.
 */
class JarAloneTest {
    @TempDir
    Path dir;

    private Path jar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "plandoc.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/jackson-core-2.20.jar lib/picocli-4.7.7.jar");
        Path jar = dir.resolve("plandoc.jar");
        Path classes = Path.of("target/classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private record Run(int exit, String out, List<String> err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "plandoc.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err.lines().toList());
    }

    @Test
    void withoutItsLibFolderItSaysWhatToCopy() throws Exception {
        jar();
        Path lib = dir.toRealPath().resolve("lib");
        Run vi = run("new", "ke-hoach-moi", "--province", "Nghệ An");
        assertEquals(List.of("lỗi: không tìm thấy thư mục thư viện " + lib + ": plandoc.jar chỉ chạy được khi thư mục lib/"
                + " đi kèm nằm cạnh nó; chép cả plandoc.jar và thư mục lib/ (giải nén đầy đủ tệp plandoc-….zip vào một"
                + " thư mục), rồi chạy lại"), vi.err());
        assertEquals(ExitCode.USAGE, vi.exit());
        assertEquals("", vi.out());
        Run en = run("--lang", "en", "check");
        assertEquals(List.of("error: the library folder " + lib + " is not there: plandoc.jar runs only with the lib/"
                + " folder it came with beside it; copy both plandoc.jar and the lib/ folder (unpack the whole"
                + " plandoc-….zip into one folder), then run it again"), en.err());
        assertEquals(ExitCode.USAGE, en.exit());
        // --version needs no library: it still answers.
        Run version = run("--version");
        assertEquals(0, version.exit());
        assertEquals(Main.version(false) + "\n", version.out());
    }

    @Test
    void withPartOfItsLibFolderItSaysWhichFileIsMissing() throws Exception {
        jar();
        Files.createDirectories(dir.resolve("lib"));
        try (OutputStream empty = Files.newOutputStream(dir.resolve("lib/jackson-core-2.20.jar"))) {
            empty.flush();
        }
        Path lib = dir.toRealPath().resolve("lib");
        Run vi = run("--help");
        assertEquals(List.of("lỗi: thư mục thư viện " + lib + " thiếu 1 tệp (như lib/picocli-4.7.7.jar): chép lại đầy đủ"
                + " thư mục lib/ đi kèm plandoc.jar (giải nén lại tệp plandoc-….zip), rồi chạy lại"), vi.err());
        assertEquals(ExitCode.USAGE, vi.exit());
    }
}
