package plandoc.cli;

import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import plandoc.diagnostic.Messages;

/**
 * The {@code plandoc} command and its subcommands, as picocli parses them. Speaks Vietnamese unless
 * {@code --lang en} is given anywhere on the line; usage mistakes exit 2, content problems 1, and a fault
 * in plandoc 3 — never with a stack trace unless {@code PLANDOC_DEBUG=1}.
 */
final class PlandocCommand implements Runnable {
    private final CommandSpec spec;

    /**
     * The root's model, written out like build's ({@link BuildCommand#spec}): with no annotation on it or on
     * build, a build's command line is parsed without reading any annotation (issue 17). {@code --lang} is
     * read before parsing (messages must be chosen first) and declared so "plandoc --lang en check" parses;
     * {@code -h} and {@code -V} are picocli's standard help options, as its {@code mixinStandardHelpOptions}
     * adds them (whose mixin is read from annotations).
     */
    private PlandocCommand(boolean english) {
        spec = CommandSpec.wrapWithoutInspection(this).name("plandoc")
                .versionProvider(new BuildVersion(english));
        spec.addOption(OptionSpec.builder("--lang").paramLabel("vi|en").descriptionKey("option.lang").type(String.class)
                .build());
        CommandSpec help = CommandSpec.create();
        help.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class)
                .descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.").build());
        help.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class)
                .descriptionKey("mixinStandardHelpOptions.version").description("Print version information and exit.")
                .build());
        spec.addMixin("mixinStandardHelpOptions", help);
    }

    /**
     * The build, read only when asked ({@code --version} among other options): every other run skips the
     * resource. A class, not a lambda, which would cost every run its bootstrap (issue 17).
     */
    private static final class BuildVersion implements CommandLine.IVersionProvider {
        private final boolean english;

        BuildVersion(boolean english) {
            this.english = english;
        }

        @Override
        public String[] getVersion() {
            return new String[] {Main.version(english)};
        }
    }

    static {
        // picocli's default factory looks for Groovy's closure class, which plandoc does not have: a class
        // the class path lacks opens and reads every jar on it (~14 ms of main before any work, issue 17).
        if (System.getProperty("picocli.disable.closures") == null) {
            System.setProperty("picocli.disable.closures", "true");
        }
    }

    /** Runs the CLI; {@code console} null means the process's own streams. */
    static int run(String[] args, Console console) {
        String lang = language(args);
        // Read while picocli builds its model (issue 17): the texts are first needed when a command prints.
        Messages messages = Messages.loading(lang);
        JdkWarmUp.start();
        if (!lang.equals("vi") && !lang.equals("en")) {
            Console io = console != null ? console.speaking(messages) : Console.system(messages);
            io.err().println(io.text("severity.error") + ": " + io.text("cli.bad-language", lang));
            return ExitCode.USAGE;
        }
        // A supplied console (tests, embedding) keeps its streams but speaks the language asked for.
        Console io = console != null ? console.speaking(messages) : Console.system(messages);
        CommandLine cli = commandLine(io, messages, args);
        return guarded(io, () -> cli.execute(args));
    }

    /**
     * Runs a command so that whatever escapes it is plandoc's defect, said as one line and exit 3: picocli hands
     * exceptions to the execution handler but lets an {@link Error} (a stack overflow, say) out as a stack trace.
     */
    static int guarded(Console io, java.util.function.IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (RuntimeException | Error e) {
            return internal(io, e);
        }
    }

    static CommandLine commandLine(Console io, Messages messages) {
        ResourceBundle bundle = ResourceBundle.getBundle("plandoc.cli", messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return commandLine(io, messages, bundle, Subcommands.all());
    }

    /** As {@link #commandLine(Console, Messages)}, with only the subcommand {@code args} name when they name one. */
    static CommandLine commandLine(Console io, Messages messages, String[] args) {
        ResourceBundle bundle = ResourceBundle.getBundle("plandoc.cli", messages.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return commandLine(io, messages, bundle, Subcommands.forArguments(args));
    }

    private static CommandLine commandLine(Console io, Messages messages, ResourceBundle bundle,
                                           List<Subcommands.Subcommand> subcommands) {
        CommandLine cli = new CommandLine(new PlandocCommand(messages.locale().getLanguage().equals("en")).spec);
        for (Subcommands.Subcommand subcommand : subcommands) {
            cli.addSubcommand(new CommandLine(subcommand.create(io)));
        }
        cli.setHelpFactory(new UsageHelp());
        // Every command's texts, set here for the whole tree: a resourceBundle in their @Command would
        // have picocli read the bundle once more, in the JVM's locale, while it builds the model (issue 17).
        cli.setResourceBundle(bundle);
        cli.setOut(new java.io.PrintWriter(io.out(), true));
        cli.setErr(new java.io.PrintWriter(io.err(), true));
        cli.setParameterExceptionHandler((thrown, args) -> {
            CommandLine.ParameterException e = UsageMessages.unknownFirst(thrown, args);
            io.err().println(io.text("severity.error") + ": " + UsageMessages.describe(e, args, io));
            if ("1".equals(System.getenv("PLANDOC_DEBUG"))) {
                io.err().println(e.getMessage());
            }
            UsageMessages.suggestion(e, io).ifPresent(io.err()::println);
            io.err().println(seeHelp(io, e.getCommandLine()));
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internal(io, e));
        return cli;
    }

    /**
     * Where to read the usage of the command that was mistyped: its own help ({@code ./plandoc diff --help}), which
     * lists its options, rather than the root's, which lists the commands only (s26 tryout).
     */
    static String seeHelp(Console io, CommandLine command) {
        StringBuilder words = new StringBuilder();
        for (CommandLine c = command; c != null && c.getParent() != null; c = c.getParent()) {
            words.insert(0, " " + c.getCommandName());
        }
        return io.text("cli.see-help", Launcher.command() + words);
    }

    private static int internal(Console io, Throwable e) {
        io.err().println(io.text("cli.internal", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        if ("1".equals(System.getenv("PLANDOC_DEBUG"))) {
            e.printStackTrace(io.err());
        }
        return ExitCode.INTERNAL;
    }

    private static String language(String[] args) {
        List<String> list = Arrays.asList(args);
        int i = list.indexOf("--lang");
        if (i >= 0 && i + 1 < list.size()) {
            return list.get(i + 1);
        }
        return list.stream().filter(a -> a.startsWith("--lang=")).map(a -> a.substring(7)).findFirst().orElse("vi");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
}
