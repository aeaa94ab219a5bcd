package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import plandoc.templates.TemplateDiff;
import plandoc.templates.TemplateFolder;

/**
 * {@code plandoc templates export DIR}: copies the default templates packaged in plandoc into DIR for a
 * province to customise; files already there are kept. A {@code templates/} folder (or {@code --templates})
 * then overrides the defaults file by file. {@code plandoc templates diff [DIR|FILE]}: what differs between
 * the province's copies and the templates of this plandoc, as a unified diff (after a version warning).
 */
@Command(name = "templates")
final class TemplatesCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", paramLabel = "export|diff", descriptionKey = "templates.action")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "${bundle:label.dir}", descriptionKey = "templates.dir",
            defaultValue = "templates")
    Path dir;

    @Mixin
    CommonOptions common;

    TemplatesCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        if (action.equals("diff")) {
            return diff();
        }
        if (!action.equals("export")) {
            console.err().println(console.text("severity.error") + ": "
                    + console.text("templates.bad-action", action, Launcher.command()));
            console.err().println(console.text("cli.see-help", Launcher.command() + " templates"));
            return ExitCode.USAGE;
        }
        int written = TemplateFolder.export(dir);
        // plandoc reads templates/ of the folder it runs in by itself; any other folder only when told (s29 tryout F13).
        boolean read = dir.toAbsolutePath().normalize().equals(Path.of("templates").toAbsolutePath().normalize());
        console.out().println(console.text(read ? "templates.exported" : "templates.exported-elsewhere", written, dir));
        return ExitCode.OK;
    }

    /** Prints the differences; a file or folder that is not a copy of plandoc's templates is a usage error. */
    private int diff() throws IOException {
        if (Files.isRegularFile(dir)) {
            Optional<String> template = TemplateDiff.templateOf(dir);
            if (template.isEmpty()) {
                console.err().println(console.text("severity.error") + ": " + console.text("templates.diff-not-template",
                        dir, String.join(", ", TemplateDiff.templates())));
                return ExitCode.USAGE;
            }
            if (!TemplateDiff.file(template.get(), dir, console.out())) {
                console.out().println(console.text("templates.diff-none", dir));
            }
            return ExitCode.OK;
        }
        if (!Files.isDirectory(dir)) {
            return MissingFolder.report(console, dir);
        }
        if (TemplateDiff.folder(dir, console.out()) == 0) {
            console.out().println(console.text("templates.diff-none", dir));
        }
        return ExitCode.OK;
    }
}
