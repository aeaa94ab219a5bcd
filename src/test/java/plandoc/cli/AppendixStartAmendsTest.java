package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * s34: a decision whose appendix continues the numbers of the document it amends ({@code appendices: start:}), that
 * document being in the content ({@code amends:}): a start that skips a number or repeats one is a warning at the
 * number, saying the one to write (the amended document's last appendix + 1). The fixture is
 * fixtures/appendix-start-amends: de-an-424's appendices end at 07, qd-sua-doi's {@code start: 8} follows them.
 */
class AppendixStartAmendsTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/appendix-start-amends");

    @TempDir
    Path dir;
    private Path content;
    private Path plan;

    @BeforeEach
    void content() throws Exception {
        content = dir.resolve("content");
        for (String folder : List.of("de-an-424", "qd-sua-doi")) {
            Files.createDirectories(content.resolve(folder));
            Files.copy(FIXTURE.resolve(folder).resolve("plan.yaml"), content.resolve(folder).resolve("plan.yaml"));
        }
        plan = content.resolve("qd-sua-doi").resolve("plan.yaml");
    }

    @Test
    void aStartThatFollowsTheAmendedDocumentsLastAppendixIsSaidNothing() {
        Cli.Result check = Cli.run("check", content.toString());
        assertEquals(0, check.exit(), check.errText());
        assertTrue(check.err().stream().noneMatch(l -> l.contains("start:")), check.errText());
    }

    @Test
    void aGapIsAWarningAtTheNumberSayingTheOneToWrite() throws Exception {
        assertWarnedAtTheNumber("9", "start: 9 để trống số: phụ lục của văn bản "
                + "được sửa đổi de-an-424 (amends:) kết thúc ở số 07, nên phụ lục đầu tiên của văn bản này là số 08; "
                + "hãy ghi: start: 8 (nếu các phụ lục này tiếp theo số của một văn bản khác, giữ nguyên)",
                "start: 9 leaves a gap: the appendices of "
                + "the amended document de-an-424 (amends:) end at number 07, so this document's first appendix is "
                + "number 08; write: start: 8 (if these appendices continue another document's numbers, leave it)");
    }

    @Test
    void anOverlapIsAWarningAtTheNumberSayingTheOneToWrite() throws Exception {
        assertWarnedAtTheNumber("7", "start: 7 trùng số với phụ lục của văn bản "
                + "được sửa đổi de-an-424 (amends:), kết thúc ở số 07: phụ lục đầu tiên của văn bản này là số 08; "
                + "hãy ghi: start: 8 (nếu các phụ lục này tiếp theo số của một văn bản khác, giữ nguyên)",
                "start: 7 repeats a number of the amended "
                + "document de-an-424 (amends:), whose appendices end at number 07: this document's first appendix is "
                + "number 08; write: start: 8 (if these appendices continue another document's numbers, leave it)");
    }

    /**
     * s34 review M2: checking the amending plan's folder alone reads the amended folder beside it for its appendices,
     * and warns as checking the content folder does.
     */
    @Test
    void checkingTheAmendingPlanAloneWarnsToo() throws Exception {
        int line = startTo("9");
        Cli.Result check = Cli.run("check", content.resolve("qd-sua-doi").toString());
        assertEquals(0, check.exit(), "a warning: " + check.errText());
        assertTrue(check.err().contains(plan + ":" + line + ":10: cảnh báo: start: 9 để trống số: phụ lục của văn bản "
                + "được sửa đổi de-an-424 (amends:) kết thúc ở số 07, nên phụ lục đầu tiên của văn bản này là số 08; "
                + "hãy ghi: start: 8 (nếu các phụ lục này tiếp theo số của một văn bản khác, giữ nguyên)"), check.errText());

        startTo("8", "9");
        Cli.Result right = Cli.run("check", content.resolve("qd-sua-doi").toString());
        assertEquals(0, right.exit(), right.errText());
        assertTrue(right.err().stream().noneMatch(l -> l.contains("start:")), right.errText());
    }

    /** {@code start:} written as {@code number} is a warning (not an error) at its value, in Vietnamese and English. */
    private void assertWarnedAtTheNumber(String number, String vietnamese, String english) throws Exception {
        int line = startTo(number);
        Cli.Result check = Cli.run("check", content.toString());
        assertEquals(0, check.exit(), "a warning: " + check.errText());
        assertTrue(check.err().contains(plan + ":" + line + ":10: cảnh báo: " + vietnamese), check.errText());

        Cli.Result en = Cli.run("check", "--lang", "en", content.toString());
        assertTrue(en.err().contains(plan + ":" + line + ":10: warning: " + english), en.errText());
    }

    /** Writes {@code start:} as {@code number} in qd-sua-doi; the line it is on. */
    private int startTo(String number) throws Exception {
        return startTo(number, "8");
    }

    /** Writes {@code start:} as {@code number} where it is {@code was}; the line it is on. */
    private int startTo(String number, String was) throws Exception {
        String written = "  start: " + was + " ";
        List<String> lines = Files.readAllLines(plan);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(written)) {
                lines.set(i, lines.get(i).replace(written, "  start: " + number + " "));
                at = i + 1;
            }
        }
        assertTrue(at > 0, "the fixture's start: 8");
        Files.write(plan, lines);
        return at;
    }
}
