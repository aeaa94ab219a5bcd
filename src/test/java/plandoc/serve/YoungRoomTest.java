package plandoc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After each save has settled, serve leaves eden room for the next save's page (issue 17, session 34): twice what the
 * page lane allocated, so the next check and page run without a young collection pausing them. Run in a child JVM
 * with serve's collector (SerialGC) and a young generation small enough (24 MB) that the site lane's PDF fills and
 * collects it several times a save: where it ends is then left to chance, which the server no longer does.
 */
class YoungRoomTest {
    @TempDir
    Path temp;

    @Test
    void everySettledSaveLeavesTwiceThePageLanesAllocationFreeInEden() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmn24m", "-cp", System.getProperty("java.class.path"),
                "plandoc.serve.YoungRoomProbe", Path.of("templates").toAbsolutePath().toString(), temp.toString(), "5")
                .redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, process.waitFor(), String.join("\n", lines));
        List<String[]> saves = lines.stream().filter(l -> l.startsWith("save ")).map(l -> l.split(" ")).toList();
        assertEquals(5, saves.size(), String.join("\n", lines));
        for (String[] save : saves) {
            long free = Long.parseLong(save[3]);
            long needed = Long.parseLong(save[5]);
            assertTrue(needed > 1_000_000, "the page lane's allocation is counted: " + String.join(" ", save));
            assertTrue(free >= 2 * needed, "eden's room for the next save: " + String.join(" ", save));
        }
    }
}
