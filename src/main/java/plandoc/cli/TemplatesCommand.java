package plandoc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plandoc.templates.TemplateFolder;

/**
 * {@code plandoc templates export DIR}: copies the default templates packaged in plandoc into DIR for a
 * province to customise; files already there are kept. A {@code templates/} folder (or {@code --templates})
 * then overrides the defaults file by file.
 */
@Command(name = "templates")
final class TemplatesCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "export", descriptionKey = "templates.action")
    String action;

    @Parameters(index = "1", paramLabel = "DIR", descriptionKey = "templates.dir", defaultValue = "templates")
    Path dir;

    @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "option.lang")
    String lang = "vi";

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    TemplatesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (!action.equals("export")) {
            console.err().println(console.text("severity.error") + ": " + console.text("templates.bad-action", action));
            return ExitCode.USAGE;
        }
        int written = TemplateFolder.export(dir);
        console.out().println(console.text("templates.exported", written, dir));
        return ExitCode.OK;
    }
}
