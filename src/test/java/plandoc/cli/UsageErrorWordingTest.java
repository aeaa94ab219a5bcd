package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * s25 review L2: picocli's own English ("option '--strict' should be specified only once", "'yes' is not a boolean")
 * was printed inside a Vietnamese line. Every kind of command-line mistake picocli reports — an option given twice,
 * a value for a switch, a value of the wrong type, a missing or unknown argument — is said in the user's language,
 * names what was wrong, and exits 2.
 */
class UsageErrorWordingTest {
    /** picocli's words, in the messages of its ParameterException and subclasses. */
    private static final List<String> PICOCLI = List.of("should be specified", "is not a boolean", "Missing required",
            "Unknown option", "Invalid value", "Unmatched argument", "Expected parameter", "cannot convert",
            "option '", "Exception", "Nul character", "Illegal char", "is not an int");

    /** A bad command line (split at spaces) and what its message must name. */
    static Stream<Arguments> lines() {
        List<String[]> lines = List.of(
                new String[] {"check --strict --strict", "--strict"},
                new String[] {"build --out a --out b", "--out"},
                new String[] {"check --lang vi --lang en", "--lang"},
                new String[] {"build --draft=yes", "--draft"},
                new String[] {"build --clean=1", "--clean"},
                new String[] {"build -qq", "--quiet"},
                new String[] {"check -h -h", "--help"},
                new String[] {"build -j 2 --jobs=3", "--jobs"},
                new String[] {"serve --port 1 --port 2", "--port"},
                new String[] {"sign x.pdf --keystore k --keystore k", "--keystore"},
                new String[] {"diff --format html --format pdf p", "--format"},
                new String[] {"new x --province A --province B", "--province"},
                new String[] {"import t.xlsx --sheet a --sheet b", "--sheet"},
                new String[] {"schema --out a --out b", "--out"},
                new String[] {"build --out a\0b", "--out"},
                new String[] {"build --merge a --merge b\0", "--merge"},
                new String[] {"check a\0b", "a\uFFFDb"},
                new String[] {"build -j abc", "--jobs"},
                new String[] {"build --out", "--out"},
                new String[] {"sign x.pdf", "--keystore"},
                new String[] {"extract", "pdf"},
                new String[] {"templates export a b", "b"},
                new String[] {"check --bogus", "--bogus"});
        List<Arguments> both = new ArrayList<>();
        for (String[] line : lines) {
            both.add(Arguments.of("vi", line[0], line[1]));
            both.add(Arguments.of("en", line[0], line[1]));
        }
        return both.stream();
    }

    @ParameterizedTest(name = "{0}: plandoc {1}")
    @MethodSource("lines")
    void saysTheMistakeInTheUsersLanguage(String lang, String line, String named) {
        List<String> args = new ArrayList<>(List.of(line.split(" ")));
        if (lang.equals("en")) {
            args.addAll(0, List.of("--lang", "en"));
        }
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        String err = result.errText();
        assertEquals(2, result.exit(), err);
        assertEquals(List.of(), result.out());
        assertTrue(result.err().get(0).startsWith(lang.equals("en") ? "error: " : "lỗi: "), err);
        assertTrue(result.err().get(0).contains(named), "the message names " + named + ": " + err);
        for (String words : PICOCLI) {
            assertTrue(!err.contains(words), "picocli's \"" + words + "\" in: " + err);
        }
        assertTrue(err.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), "a NUL typed is not printed: " + err);
        if (lang.equals("en")) {
            assertTrue(err.replace("\uFFFD", "").chars().allMatch(c -> c < 128), "English only: " + err);
        }
    }
}
