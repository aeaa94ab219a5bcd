package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import plandoc.templates.TemplateFolder;
import picocli.CommandLine.Parameters;
import plandoc.diagnostic.Problem;
import plandoc.diff.ComparisonRenderer;
import plandoc.diff.ComparisonText;
import plandoc.diff.ComparisonView;
import plandoc.diff.ComparisonViewBuilder;
import plandoc.diff.PlanComparator;
import plandoc.diff.PlanComparison;
import plandoc.diff.PlanVersions;
import plandoc.diff.Version;
import plandoc.history.GitRepository;
import plandoc.load.PlanLoader;
import plandoc.render.AtomicFileWriter;
import plandoc.render.RenderException;
import plandoc.render.RenderSettings;

/**
 * {@code plandoc diff PLAN [--from REV] [--to REV] [--format text|html|pdf]}: compares two versions of
 * a plan kept in git, by id, and prints the changes; html or pdf also writes the comparison document
 * an officer attaches to an adjustment. Exit 0 whether or not anything changed; 1 when a version has
 * errors that prevent comparing it; 2 for a wrong command line (not in git, unknown revision).
 */
@Command(name = "diff")
final class DiffCommand implements Callable<Integer> {
    private static final List<String> FORMATS = List.of("text", "html", "pdf");

    private final Console console;

    @Parameters(index = "0", paramLabel = "${bundle:label.plan}", descriptionKey = "diff.plan")
    Path plan;

    @Option(names = "--from", paramLabel = "${bundle:label.rev}", descriptionKey = "diff.from")
    String from = "HEAD";

    @Option(names = "--to", paramLabel = "${bundle:label.rev}", descriptionKey = "diff.to")
    String to;

    @Option(names = "--format", paramLabel = "text|html|pdf", descriptionKey = "diff.format")
    String format = "text";

    @Option(names = "--out", paramLabel = "${bundle:label.file}", descriptionKey = "diff.out")
    Path out;

    @Option(names = "--templates", paramLabel = "${bundle:label.dir}", descriptionKey = "option.templates")
    Path templates; // absent: ./templates when present, over the defaults packaged in plandoc

    @Mixin
    CommonOptions common;

    DiffCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        String wanted = format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(wanted)) {
            return usage("diff.bad-format", format);
        }
        if (out != null && wanted.equals("text")) {
            return usage("diff.out-without-format");
        }
        OptionalInt wrongPlan = planNamed();
        if (wrongPlan.isPresent()) {
            return wrongPlan.getAsInt();
        }
        Optional<GitRepository> repository = GitRepository.containing(plan);
        if (repository.isEmpty()) {
            return usage("diff.not-git", plan);
        }
        try (GitRepository git = repository.get()) {
            Optional<String> planPath = git.relative(plan);
            if (planPath.isEmpty()) {
                return usage("diff.outside-repo", plan, git.workTree());
            }
            Optional<String> fromId = git.resolve(from);
            if (fromId.isEmpty()) {
                return usage("diff.unknown-revision", from);
            }
            Optional<String> toId = to == null ? Optional.empty() : git.resolve(to);
            if (to != null && toId.isEmpty()) {
                return usage("diff.unknown-revision", to);
            }
            PlanVersions versions = new PlanVersions(git);
            Version before = committed(versions, git, from, fromId.get(), planPath.get());
            Version after = toId.isPresent() ? committed(versions, git, to, toId.get(), planPath.get())
                    : versions.workingTree(plan);
            if (!before.comparable() || !after.comparable()) {
                return notComparable(before, after);
            }
            contextErrors(before, after);
            PlanComparison comparison = new PlanComparator().compare(planPath.get(), before.revision(),
                    before.snapshot().get(), after.revision(), after.snapshot().get());
            new ComparisonText(console.messages()).lines(comparison).forEach(console.out()::println);
            return wanted.equals("text") ? ExitCode.OK : write(comparison, wanted);
        }
    }

    /**
     * Reads {@link #plan} as {@code check} reads a plan (its plan.yaml stands for its folder); empty when it names a
     * plan, else the usage error, said with the plan folders it may mean (s26 tryout M-1: {@code diff content} or a
     * file told the officer to create a plan.yaml).
     */
    private OptionalInt planNamed() {
        plan = PlanArgument.folder(plan);
        List<String> plans = PlanArgument.plansIn(plan);
        if (!plans.isEmpty()) {
            return OptionalInt.of(usage(plans, "diff.not-plan-folder", plan));
        }
        if (Files.isRegularFile(plan)) {
            return OptionalInt.of(usage(PlanArgument.meant(plan), "diff.file", plan));
        }
        List<String> meant = MissingFolder.meant(plan);
        if (to == null && !Files.isDirectory(plan)) {
            return OptionalInt.of(usage(meant, "diff.no-plan", plan));
        }
        // A folder in a plan's (its images/): the plan's. A plan folder whose plan.yaml was deleted is compared.
        if (Files.isDirectory(plan) && !PlanLoader.isPlanFolder(plan) && !meant.isEmpty()) {
            return OptionalInt.of(usage(meant, "diff.not-plan-folder", plan));
        }
        return OptionalInt.empty();
    }

    /**
     * The plan as committed in {@code spec}; a folder renamed since (s23 tryout M2: {@code git mv}) is read under the
     * name it had then, as git's rename detection pairs them, and the note says so.
     */
    private Version committed(PlanVersions versions, GitRepository git, String spec, String commitId, String planPath)
            throws IOException {
        if (!planPath.isEmpty() && git.objectId(commitId, planPath).isEmpty()) {
            Optional<String> former = git.formerFolder(commitId, planPath);
            if (former.isPresent()) {
                console.err().println(console.text("diff.renamed-since", spec, former.get(), planPath));
                return versions.committed(spec, commitId, former.get());
            }
        }
        return versions.committed(spec, commitId, planPath);
    }

    /** Writes the comparison document; a missing or broken template is a content problem (exit 1). */
    private int write(PlanComparison comparison, String kind) throws IOException {
        ComparisonView view = new ComparisonViewBuilder().build(comparison);
        Path target = out != null ? out : Path.of("so-sanh-" + Path.of(comparison.path()).getFileName() + "." + kind);
        try {
            ComparisonRenderer renderer = ComparisonRenderer.forTemplates(
                    TemplateFolder.resolve(templates != null ? templates : Path.of("templates")),
                    RenderSettings.fromEnvironment(console.environment()));
            byte[] bytes = kind.equals("html") ? renderer.html(view) : renderer.pdf(view, Map.of(
                    "plandoc-compared-from", comparison.from().commit().map(c -> c.id()).orElse(""),
                    "plandoc-compared-to", comparison.to().commit().map(c -> c.id()).orElse("")));
            new AtomicFileWriter().write(target, bytes);
        } catch (RenderException e) {
            console.err().println(console.text("severity.error") + ": " + e.toProblem());
            return ExitCode.CONTENT;
        }
        console.out().println(console.text("diff.written", target));
        return ExitCode.OK;
    }

    /** Errors of versions that could still be compared: listed first, as context; they never block the comparison. */
    private void contextErrors(Version before, Version after) {
        ComparisonText text = new ComparisonText(console.messages());
        for (Version version : List.of(before, after)) {
            if (version.problems().stream().anyMatch(Problem::isError)) {
                for (Problem p : version.problems()) {
                    console.err().println(console.messages().format(p));
                }
                console.err().println(console.text("diff.compared-despite-errors", text.revision(version.revision())));
            }
        }
    }

    /** Prints where each version that cannot be compared is wrong, as {@code plandoc check} would. */
    private int notComparable(Version before, Version after) {
        ComparisonText text = new ComparisonText(console.messages());
        for (Version version : List.of(before, after)) {
            if (!version.comparable()) {
                for (Problem p : version.problems()) {
                    console.err().println(console.messages().format(p));
                }
                // No folder at that version is nothing to fix: said as such, with how to find the versions it has.
                boolean absent = version.problems().stream().allMatch(p -> p.message().key().equals("diff.missing-at-revision"));
                console.err().println(absent ? console.text("diff.absent", text.revision(version.revision()), plan)
                        : console.text("diff.not-comparable", text.revision(version.revision())));
            }
        }
        return ExitCode.CONTENT;
    }

    private int usage(String key, Object... args) {
        return usage(List.of(), key, args);
    }

    private int usage(List<String> meant, String key, Object... args) {
        console.err().println(console.text(key, args));
        DidYouMean.print(console, meant);
        console.err().println(console.text("cli.see-help", Launcher.command() + " diff"));
        return ExitCode.USAGE;
    }
}
