package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plandoc.Generator;
import plandoc.PlanOutcome;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Severity;
import plandoc.diagnostic.SourcePosition;
import plandoc.load.PlanLoader;
import plandoc.render.TemplateError;
import plandoc.render.html.TemplateEngine;
import plandoc.templates.TemplateFolder;
import plandoc.templates.TemplateVersions;

/** {@code plandoc check [DIR]}: validates and computes every plan, prints problems, builds nothing. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {
    private final Console console;

    @Parameters(index = "0", arity = "0..1", paramLabel = "${bundle:label.dir}", descriptionKey = "check.dir")
    Path given;

    /** As build takes it: the same command line checks what it builds. */
    @Option(names = "--content", paramLabel = "${bundle:label.dir}", descriptionKey = "option.content")
    Path content;

    /** The templates build would print with: a province's copy older than plandoc's is warned about here too. */
    @Option(names = "--templates", paramLabel = "${bundle:label.dir}", descriptionKey = "option.templates")
    Path templates;

    @Option(names = "--strict", descriptionKey = "option.strict")
    boolean strict;

    @Mixin
    CommonOptions common;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        if (given != null && content != null && ProjectFolder.givenTwice(given, content).isEmpty()) {
            console.err().println(console.text("check.folder-twice", given, content));
            return ExitCode.USAGE;
        }
        Optional<Path> folder = PlanArgument.contentOrPlan(console,
                given != null ? given : content != null ? content : Path.of("content"));
        if (folder.isEmpty()) {
            return ExitCode.USAGE;
        }
        Path dir = folder.get();
        if (templates != null && !Files.isDirectory(templates)) {
            return MissingFolder.report(console, templates);
        }
        Path authorTemplates = templates != null ? templates : ProjectFolder.beside(dir, "templates");
        List<Problem> templateWarnings = new ArrayList<>(TemplateVersions.check(authorTemplates,
                console.messages().locale().getLanguage(), Launcher::command));
        // A province's edited template that does not parse fails every page build prints: said here too.
        for (TemplateError e : TemplateEngine.syntaxErrors(authorTemplates, TemplateFolder.edited(authorTemplates))) {
            templateWarnings.add(new Problem(Severity.ERROR,
                    new SourcePosition(e.template(), e.line(), e.column()), e.toProblem().message()));
        }
        // history: public with no git to read it from: said by check as by build, and counted the same.
        ContentProvince.historyOutsideGit(dir).ifPresent(templateWarnings::add);
        templateWarnings.sort(Problem.ORDER);
        Generator generator = new Generator(Path.of(""));
        // A number given twice: git tells the original, as build asks it (s30 review R5), so check names the copy only.
        List<PlanOutcome> outcomes = generator.acrossPlans(generator.resolveAll(dir), true);
        if (outcomes.isEmpty()) {
            return FirstPlan.noPlans(console, dir);
        }
        templateWarnings.addAll(StandInFont.warning(authorTemplates, console.environment(),
                outcomes.stream().anyMatch(o -> !o.draft()), console.messages()));
        boolean failed = new ProblemReport(console).print(templateWarnings, outcomes, strict);
        // A note, not a problem: a secret plan is sound, only never published.
        new SecretPlans(console, outcomes).printNotes(console.err());
        return failed ? ExitCode.CONTENT : ExitCode.OK;
    }
}
