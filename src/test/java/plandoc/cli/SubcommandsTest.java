package plandoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import plandoc.diagnostic.Messages;

class SubcommandsTest {

    private static final Console IO = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Messages.forLanguage("vi"),
            java.util.Map.of());

    @Test
    void eachNameIsTheNameItsCommandDeclares() {
        for (Subcommands.Subcommand subcommand : Subcommands.all()) {
            Object command = subcommand.create(IO);
            String declared = command instanceof CommandSpec spec ? spec.name()
                    : command.getClass().getAnnotation(Command.class).name();
            assertEquals(declared, subcommand.name());
        }
        assertEquals(10, Subcommands.all().size());
    }

    @Test
    void aLineNamingItsCommandGetsOnlyThatOne() {
        assertEquals(List.of("build"), names("build", "--content", "content", "-q"));
        assertEquals(List.of("check"), names("--lang", "en", "check", "content"));
        assertEquals(List.of("sign"), names("--lang=en", "sign", "--help"));
    }

    @Test
    void anyOtherLineGetsThemAll() {
        List<String> all = Subcommands.all().stream().map(Subcommands.Subcommand::name).toList();
        assertEquals(all, names());
        assertEquals(all, names("--help"));
        assertEquals(all, names("biuld"));
        assertEquals(all, names("--lang", "en"));
        assertEquals(all, names("--content", "build"));
    }

    @Test
    void helpForOneCommandAndSuggestionsStillWork() {
        Cli.Result help = Cli.run("--lang", "en", "build", "--help");
        assertEquals(0, help.exit());
        assertEquals(true, help.outText().contains("plandoc build"), help.outText());
        Cli.Result all = Cli.run("--lang", "en", "--help");
        assertEquals(0, all.exit());
        for (Subcommands.Subcommand subcommand : Subcommands.all()) {
            assertEquals(true, all.outText().contains(subcommand.name()), subcommand.name());
        }
        Cli.Result typo = Cli.run("--lang", "en", "biuld");
        assertEquals(ExitCode.USAGE, typo.exit());
    }

    private static List<String> names(String... args) {
        return Subcommands.forArguments(args).stream().map(Subcommands.Subcommand::name).toList();
    }
}
