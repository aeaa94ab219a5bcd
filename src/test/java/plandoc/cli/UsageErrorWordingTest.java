package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

    /**
     * s27-cli: "diff --frob" said only "thiếu giá trị cho KẾ_HOẠCH", as picocli reports a missing argument first; the
     * option typed wrong is the mistake, and what the officer reads first.
     */
    @Test
    void anUnknownOptionIsSaidBeforeTheArgumentItLeftMissing() {
        for (String command : List.of("diff", "sign", "new", "import", "extract")) {
            Cli.Result vi = Cli.run(command, "--frob");
            assertEquals(2, vi.exit(), vi.errText());
            assertEquals("lỗi: không hiểu tham số: --frob", vi.err().get(0), vi.errText());
            Cli.Result en = Cli.run("--lang", "en", command, "--frob");
            assertEquals("error: unknown argument: --frob", en.err().get(0), en.errText());
        }
        // A value that begins with "-" is the option's, and a known option written with its value or run together
        // with another is known: what is missing is said.
        for (String[] line : List.of(new String[] {"diff", "--from", "-x"}, new String[] {"diff", "--format=html"})) {
            assertEquals("lỗi: diff cần thư mục của một kế hoạch hoặc tệp plan.yaml của nó (KẾ_HOẠCH)",
                    Cli.run(line).err().get(0), String.join(" ", line));
        }
    }

    /** s27-cli: "thiếu giá trị cho --out" named the option, not what to give it. */
    @Test
    void whatIsMissingIsSaidByWhatItNeeds() {
        assertEquals("lỗi: --out cần một thư mục (--out THƯ_MỤC)", Cli.run("build", "--out").err().get(0));
        assertEquals("error: --out needs a folder (--out DIR)", Cli.run("--lang", "en", "build", "--out").err().get(0));
        assertEquals("lỗi: --jobs cần một số (--jobs N)", Cli.run("build", "-j").err().get(0));
        assertEquals("lỗi: --format cần text, html hoặc pdf", Cli.run("diff", "p", "--format").err().get(0));
        assertEquals("lỗi: diff cần thư mục của một kế hoạch hoặc tệp plan.yaml của nó (KẾ_HOẠCH)",
                Cli.run("diff").err().get(0));
        assertEquals("error: diff needs a plan's folder or its plan.yaml (PLAN)",
                Cli.run("--lang", "en", "diff").err().get(0));
        assertEquals("lỗi: extract cần một thư mục (THƯ_MỤC)", Cli.run("extract", "a.pdf").err().get(0));
        assertEquals("lỗi: import cần một tệp Excel (BẢNG.xlsx)", Cli.run("import").err().get(0));
        assertEquals("lỗi: sign cần --keystore với một tệp khóa .p12 (--keystore TỆP.p12)",
                Cli.run("sign", "x.pdf").err().get(0));
        assertEquals("error: sign needs --keystore with a .p12 key file (--keystore FILE.p12)",
                Cli.run("--lang", "en", "sign", "x.pdf").err().get(0));
        assertEquals("lỗi: templates cần export hoặc diff", Cli.run("templates").err().get(0));
        assertEquals("error: templates needs export or diff", Cli.run("--lang", "en", "templates").err().get(0));
    }

    /** s27-cli: a wrong action named plandoc as "plandoc", not as it was started, and gave no line to the help. */
    @Test
    void aWrongTemplatesActionNamesTheLauncherAndTheHelp() {
        Cli.Result wrong = Cli.run("templates", "exprt");
        assertEquals(2, wrong.exit(), wrong.errText());
        String launcher = Launcher.command();
        assertEquals(List.of("lỗi: việc \"exprt\" không có; dùng: " + launcher + " templates export [THƯ_MỤC], hoặc "
                + launcher + " templates diff [THƯ_MỤC|TỆP]", "Xem cách dùng: " + launcher + " templates --help"),
                wrong.err());
    }
}
