package plandoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A computation that throws on a plan with errors is swallowed by {@link Generator#resolve}; {@code PLANDOC_DEBUG=1}
 * prints its stack trace on standard error, and nothing else does.
 */
class DebugTraceTest {
    private static String traced(Map<String, String> environment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        RuntimeException fault = new IllegalStateException("no row for item 2");
        new DebugTrace(environment::get, err).swallowed(Path.of("content/ke-hoach-a"), fault);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void debugPrintsTheSwallowedTrace() {
        String err = traced(Map.of("PLANDOC_DEBUG", "1"));
        assertTrue(err.startsWith("PLANDOC_DEBUG: computing content" + java.io.File.separator + "ke-hoach-a failed"), err);
        assertTrue(err.contains("java.lang.IllegalStateException: no row for item 2"), err);
        assertTrue(err.contains("\tat plandoc.DebugTraceTest.traced("), "the stack trace, frame by frame: " + err);
    }

    @Test
    void otherwiseNothingIsPrinted() {
        assertEquals("", traced(Map.of()));
        assertEquals("", traced(Map.of("PLANDOC_DEBUG", "0")));
        assertEquals("", traced(Map.of("PLANDOC_DEBUG", "true")));
    }
}
