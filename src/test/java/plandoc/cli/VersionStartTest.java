package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code plandoc --version} is answered before anything of picocli is loaded (issue 17): the JVM verifies
 * {@link Main} as a whole, so one picocli type in it would have the class path's jars opened one by one.
 */
class VersionStartTest {
    @Test
    void theVersionLoadsNoPicocliClass() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), "plandoc.cli.Main", "--version")
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        List<String> lines = output.lines().toList();
        assertTrue(lines.contains(Main.version(false)), output);
        assertTrue(lines.stream().anyMatch(l -> l.contains(" plandoc.cli.Main ")), "the log lists loaded classes");
        assertEquals(List.of(), lines.stream().filter(l -> l.contains(" picocli.")).toList());
    }
}
