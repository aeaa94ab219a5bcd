package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.Messages;

/** Whatever escapes a command is plandoc's defect: one line and exit 3, never a stack trace (s25 review H2). */
class DefectExitTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Messages.forLanguage("vi"), Map.of());

    private static int overflow(int depth) {
        return overflow(depth + 1) + 1;
    }

    @Test
    void aStackOverflowIsExitThreeWithOneLine() {
        int exit = PlandocCommand.guarded(console, () -> overflow(0));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.INTERNAL, exit);
        assertEquals(3, exit);
        assertTrue(printed.contains("StackOverflowError"), printed);
        assertFalse(printed.contains("\tat "), printed);
        assertEquals(1, printed.lines().count(), printed);
    }

    @Test
    void aRuntimeExceptionIsExitThree() {
        int exit = PlandocCommand.guarded(console, () -> {
            throw new IllegalStateException("broken");
        });
        assertEquals(3, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("IllegalStateException: broken"));
    }
}
