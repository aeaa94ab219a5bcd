package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every help, usage and command-line error text, in Vietnamese and English, exactly as recorded in
 * {@code src/test/resources/usage-texts/} (issue 17: how picocli's model is built may change, what an
 * officer reads may not). Regenerate after an intended change with
 * <pre>mvn -q -B -o test -Dtest='plandoc.cli.UsageTextsGoldenTest' -Dgolden.update=true</pre>
 */
class UsageTextsGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/usage-texts");

    /** Command lines that print help, usage or a command-line error, never touching content. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of("", "--help", "-h", "biuld", "--frob", "--Help", "help"));
        for (Subcommands.Subcommand subcommand : Subcommands.all()) {
            lines.add(subcommand.name() + " --help");
            lines.add(subcommand.name() + " --frob");
        }
        lines.addAll(List.of("build --Draft", "build --cle", "build -j", "build -j x", "build -q -v",
                "build --shard 3", "build --content", "check a b c", "templates", "templates exprt",
                "diff", "sign", "import", "extract", "new"));
        List<String> both = new ArrayList<>();
        for (String line : lines) {
            both.add(line);
            both.add(("--lang en " + line).strip());
        }
        both.add("--lang fr build");
        return both;
    }

    @ParameterizedTest
    @MethodSource("lines")
    void printsWhatItPrinted(String line) throws IOException {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        Cli.Result result = Cli.run(args);
        String actual = "$ plandoc " + line + "\nexit " + result.exit() + "\n--- out\n" + result.outText()
                + "\n--- err\n" + result.errText() + "\n";
        Path file = GOLDEN.resolve(("plandoc " + line).strip().replace(' ', '_') + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file
                + "; if the change is intended, rerun with -Dgolden.update=true and review the diff");
    }
}
