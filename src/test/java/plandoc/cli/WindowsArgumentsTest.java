package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arguments plandoc.cmd passes in PLANDOC_ARGS, Vietnamese whole, against the JVM's code-page copy. */
class WindowsArgumentsTest {
    @Test
    void splitsAsTheMicrosoftRuntimeDoes() {
        assertEquals(List.of("new", "ke-hoach", "--province", "Nghệ An"), WindowsArguments.split("new ke-hoach  --province \"Nghệ An\""));
        assertEquals(List.of("C:\\Tài liệu\\", "a\"b", "x\\\\y", ""), WindowsArguments.split("\"C:\\Tài liệu\\\\\" a\\\"b x\\\\y \"\""));
        assertEquals(List.of("say \"hi\""), WindowsArguments.split("\"say \"\"hi\"\"\""));
        assertEquals(List.of(), WindowsArguments.split("   "));
    }

    @Test
    void takesTheTypedArgumentsWhereTheCodePageLostLetters() {
        String[] jvm = {"new", "kh", "--province", "Ngh? An", "--out", "C:\\Ta\u0300i lie\u0302\u0323u"};
        String typed = "new kh --province \"Nghệ An\" --out \"C:\\Tài liệu\"";
        assertArrayEquals(new String[] {"new", "kh", "--province", "Nghệ An", "--out", "C:\\Tài liệu"},
                WindowsArguments.recovered(jvm, typed));
        assertTrue(WindowsArguments.lossy("Đắk Lắk", "Dak Lak"), "best fit");
    }

    @Test
    void keepsTheJvmsArgumentsWhenTheVariableIsAnotherCommandLine() {
        String[] jvm = {"check"};
        assertArrayEquals(jvm, WindowsArguments.recovered(jvm, null));
        assertArrayEquals(jvm, WindowsArguments.recovered(jvm, "build"));
        assertArrayEquals(jvm, WindowsArguments.recovered(jvm, "check --strict"));
        assertFalse(WindowsArguments.lossy("Nghệ An", "Nghe Anh"));
    }
}
