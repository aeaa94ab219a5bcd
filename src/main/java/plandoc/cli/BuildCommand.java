package plandoc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import plandoc.diagnostic.Problem;
import plandoc.templates.TemplateFolder;
import plandoc.templates.TemplateVersions;
import plandoc.PlanOutcome;
import plandoc.build.BuildReport;
import plandoc.build.CheckCache;
import plandoc.build.DropOldNames;
import plandoc.build.SiteBuild;
import plandoc.build.Shard;
import plandoc.build.FontNotice;
import plandoc.build.SiteLock;
import plandoc.build.SeparateAppendices;
import plandoc.build.ToolVersion;
import plandoc.publish.SitePublisher;
import plandoc.publish.StateFolder;
import plandoc.publish.Withholding;
import plandoc.render.RenderSettings;

/**
 * {@code plandoc build}: checks every plan, then renders the ones without errors into the site —
 * only those whose inputs changed since the last build, on a bounded pool of threads
 * ({@link SiteBuild}). A plan with errors is not rendered, so its previously published files stay
 * as they were. {@code --clean} renders everything again.
 */
final class BuildCommand implements Callable<Integer> {

    /** Issue 12: an e-office draft never lands in the published site unless asked for by --out. */
    static final String DRAFT_OUT = "site-draft";

    /** A folder's label in the help, in the help's language. */
    private static final String DIR = "${bundle:label.dir}";

    private final Console console;
    private final CommandSpec spec;

    // The options' values, read from the parsed spec when the command runs.
    private Path content;
    /** {@code build DIR}, as {@code check DIR}: the content folder, one plan folder or its plan.yaml. */
    private Path given;
    /** Whether --templates was given: then repeated in the commands the build suggests ({@link #siteOptions}). */
    private boolean templatesGiven;
    private Path templates; // absent: ./templates when present, over the defaults packaged in plandoc
    /** The templates folder as given (or ./templates), which {@link #templates} becomes merged with plandoc's. */
    private Path authorTemplates;
    private Path out; // absent: site/, or site-draft/ for a draft build
    private boolean draft;
    private boolean separateAppendices;
    /** {@code --no-separate-appendices}: stops what an earlier build's {@code --separate-appendices} made the site remember. */
    private boolean noSeparateAppendices;
    private boolean replaceSigned;
    private boolean reissue;
    /** {@code --unpublish}: confirms a build that takes off every plan the site publishes. */
    private boolean unpublish;
    private boolean strict;
    private String lang;
    private boolean clean;
    private boolean quiet;
    private boolean verbose;
    private int jobs;
    private String shard;
    private List<Path> merge;
    /** {@code --drop-old-names[=NAME]}: empty for the option alone (picocli drops the empty fallback); null when not given. */
    private List<String> dropOldNames;
    // Resolved from the options by resolveOptions.
    private Optional<Shard> part = Optional.empty();
    /** What the templates' versions say ({@link TemplateVersions}): printed on every build, a replayed one too. */
    private List<Problem> templateWarnings = List.of();

    /**
     * build's model, written out with picocli's programmatic API rather than read from annotations: the
     * command a cold build parses, and picocli's reflection over annotated fields (annotation parsing, a
     * proxy class per annotation type) was most of its model's cost (issue 17). Texts come from the
     * resource bundle by {@code descriptionKey}, as for the annotated commands.
     */
    static CommandSpec spec(Console console) {
        return new BuildCommand(console).spec;
    }

    private BuildCommand(Console console) {
        this.console = console;
        this.spec = CommandSpec.wrapWithoutInspection(this).name("build");
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel(DIR)
                .descriptionKey("build.dir").type(Path.class).build());
        spec.addOption(valued(DIR, "option.content", Path.class, "--content"));
        spec.addOption(valued(DIR, "option.templates", Path.class, "--templates"));
        spec.addOption(valued(DIR, "option.out", Path.class, "--out"));
        spec.addOption(flag("option.draft", "--draft"));
        spec.addOption(flag("option.separate-appendices", "--separate-appendices"));
        spec.addOption(flag("option.no-separate-appendices", "--no-separate-appendices"));
        spec.addOption(flag("option.replace-signed", "--replace-signed"));
        spec.addOption(flag("option.reissue", "--reissue"));
        spec.addOption(flag("option.unpublish", "--unpublish"));
        spec.addOption(flag("option.strict", "--strict"));
        spec.addOption(CommonOptions.lang());
        spec.addOption(flag("option.clean", "--clean"));
        spec.addOption(flag("option.quiet", "-q", "--quiet"));
        spec.addOption(flag("option.verbose", "-v", "--verbose"));
        spec.addOption(valued("N", "option.jobs", int.class, "-j", "--jobs"));
        spec.addOption(CommonOptions.help());
        spec.addOption(valued("K/N", "option.shard", String.class, "--shard"));
        spec.addOption(OptionSpec.builder("--merge").paramLabel(DIR).arity("1..*").descriptionKey("option.merge")
                .type(List.class).auxiliaryTypes(Path.class).build());
        // Given alone: every old name of the plans this build builds; a value names a plan or one of its old names.
        spec.addOption(OptionSpec.builder("--drop-old-names").paramLabel("${bundle:build.drop-old-names.label}")
                .arity("0..1").fallbackValue("").descriptionKey("option.drop-old-names").type(List.class)
                .auxiliaryTypes(String.class).build());
    }

    private static OptionSpec valued(String label, String key, Class<?> type, String... names) {
        return OptionSpec.builder(names).paramLabel(label).descriptionKey(key).type(type).build();
    }

    private static OptionSpec flag(String key, String... names) {
        return OptionSpec.builder(names).descriptionKey(key).type(boolean.class).build();
    }

    /** An option's parsed value, or {@code absent} when the line does not give it. */
    private <T> T value(String name, T absent) {
        T value = spec.findOption(name).getValue();
        return value != null ? value : absent;
    }

    private void readOptions() {
        content = value("--content", null);
        given = spec.positionalParameters().get(0).getValue();
        templates = value("--templates", null);
        templatesGiven = templates != null;
        out = value("--out", null);
        draft = value("--draft", false);
        separateAppendices = value("--separate-appendices", false);
        noSeparateAppendices = value("--no-separate-appendices", false);
        replaceSigned = value("--replace-signed", false);
        reissue = value("--reissue", false);
        unpublish = value("--unpublish", false);
        strict = value("--strict", false);
        lang = value("--lang", "vi");
        clean = value("--clean", false);
        quiet = value("--quiet", false);
        verbose = value("--verbose", false);
        jobs = value("--jobs", defaultJobs());
        shard = value("--shard", null);
        merge = value("--merge", null);
        dropOldNames = value("--drop-old-names", null);
    }

    /** Rendering a PDF keeps one core busy; more threads than cores only add memory. */
    static int defaultJobs() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() throws IOException {
        readOptions();
        OptionalInt refused = resolveOptions();
        if (refused.isPresent()) {
            return refused.getAsInt();
        }
        if (merge != null) {
            return new ShardMerge(console, quiet).unpublish(unpublish).reissue(reissue).siteOptions(siteOptions()).run(merge, content, templates, out, jobs, draft,
                    replaceSigned, noSeparateAppendices);
        }
        return build();
    }

    /**
     * Checks the options against each other and resolves the folders they name (the content, the templates merged
     * with plandoc's, the output folder). Empty when the build can go ahead; else the exit code, the reason printed.
     */
    private OptionalInt resolveOptions() throws IOException {
        if (quiet && verbose) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.quiet-verbose"));
            return OptionalInt.of(ExitCode.USAGE);
        }
        if (jobs < 1) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.bad-jobs", jobs));
            return OptionalInt.of(ExitCode.USAGE);
        }
        if (given != null && content != null && ProjectFolder.givenTwice(given, content).isEmpty()) {
            console.err().println(console.text("check.folder-twice", given, content));
            return OptionalInt.of(ExitCode.USAGE);
        }
        Optional<Path> folder = PlanArgument.contentOrPlan(console,
                given != null ? given : content != null ? content : Path.of("content"));
        if (folder.isEmpty()) {
            return OptionalInt.of(ExitCode.USAGE);
        }
        content = folder.get();
        if (templates != null && !Files.isDirectory(templates)) {
            return OptionalInt.of(MissingFolder.report(console, templates));
        }
        Optional<String> badSiteUrl = SiteUrlVariable.problem(console.environment(), console);
        if (badSiteUrl.isPresent()) {
            console.err().println(console.text("severity.error") + ": " + badSiteUrl.get());
            return OptionalInt.of(ExitCode.USAGE);
        }
        // Run inside content/ (cd content/ke-hoach && build .): the project's templates and site, as from its folder.
        authorTemplates = templates != null ? templates : ProjectFolder.beside(content, "templates");
        // A province's copy older than plandoc's silently lacks what was added since: said on every build.
        templateWarnings = new java.util.ArrayList<>(TemplateVersions.check(authorTemplates,
                console.messages().locale().getLanguage(), Launcher::command));
        // history: public with no git to read it from: said on every build, as the templates' versions are.
        if (!draft) {
            ContentProvince.historyOutsideGit(content).ifPresent(templateWarnings::add);
        }
        templates = TemplateFolder.resolve(authorTemplates);
        if (out == null) {
            out = ProjectFolder.beside(content, draft ? DRAFT_OUT : "site");
        }
        // The published site is never a draft build's output, even when asked for by --out.
        if (draft && (out.toAbsolutePath().normalize().equals(ProjectFolder.beside(content, "site").toAbsolutePath()
                .normalize()) || plandoc.build.SiteRecords.issuedIn(out).isPresent())) {
            return OptionalInt.of(usage(console.text("build.draft-into-site", out)));
        }
        // Never over the sources it reads (s25 review H2): a plan's folder of the output is replaced whole.
        Optional<String> overSources = OutputApartFromContent.problem(console, out, content,
                merge == null ? List.of() : merge);
        if (overSources.isPresent()) {
            return OptionalInt.of(usage(overSources.get()));
        }
        if (shard != null) {
            if (merge != null) {
                return OptionalInt.of(usage(console.text("build.shard-and-merge")));
            }
            part = Shard.parse(shard);
            if (part.isEmpty()) {
                return OptionalInt.of(usage(console.text("build.bad-shard", shard)));
            }
        }
        if (separateAppendices && noSeparateAppendices) {
            return OptionalInt.of(usage(console.text("build.separate-both")));
        }
        if (dropOldNames != null && (draft || merge != null)) {
            return OptionalInt.of(usage(console.text("build.drop-old-names-with", draft ? "--draft" : "--merge")));
        }
        return OptionalInt.empty();
    }

    /** check → render → publish, under the site's lock; or the last build's report replayed when nothing changed. */
    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    private int build() throws IOException {
        long start = System.nanoTime();
        // A site without plandoc's state folder (nor an earlier version's bookkeeping inside) is being made for the
        // first time: its build says what to upload.
        SitePublisher publisher = new SitePublisher(out);
        boolean oldLayout = publisher.oldLayout();
        boolean newSite = !draft && !Files.isDirectory(StateFolder.of(out)) && !oldLayout;
        // The output folder remembers that it publishes separate appendices: a plain build keeps writing them.
        // (An earlier version's bookkeeping inside the output folder is taken over first: the choice reads it.)
        if (oldLayout && !takeOver(publisher, report())) {
            return ExitCode.CONTENT;
        }
        SeparateAppendices.Choice separate = SeparateAppendices.choose(out, separateAppendices, noSeparateAppendices);
        // Opted out: the files the site publishes now, to name those the build removes.
        List<String> separateBefore = noSeparateAppendices ? SeparateAppendices.published(out) : List.of();
        boolean guideBefore = Files.isRegularFile(out.resolve(plandoc.render.GuidePage.PATH));
        RenderSettings settings = RenderSettings.fromEnvironment(console.environment()).withSeparateAppendices(separate.separate())
                .withDraftBuild(draft).withProvince(ContentProvince.of(content))
                .withLanguage(console.messages().locale().getLanguage());
        settings = KeptSiteAddress.settings(settings, content, out, draft, console);
        ToolVersion tool = ToolVersion.current();
        // Problems are always printed; --quiet only drops the summaries.
        Console report = report();
        BuildReportPrinter printer = new BuildReportPrinter(console, report, out, content, draft, strict, templates,
                authorTemplates).shard(part).level(quiet, verbose);
        // Nothing changed since the last complete build: say what it said, without reading a plan (issue 17).
        CheckCache.Inputs inputs = CheckCache.inputs(content, templates, settings, tool, lang + (strict ? " strict" : "")
                + part.map(s -> " shard " + s).orElse("")
                + (draft ? " draft" : "") + (separate.separate() ? " separate-appendices" : "")
                + (dropOldNames == null ? "" : " drop-old-names " + dropOldNames), out);
        // (--verbose lists each unchanged plan as the build meets it: it runs in full. So does a --reissue while the
        // site holds back an unprinted edit: it is said again with its folder's command, where the record would say
        // that no source was edited: s35 review M2.)
        Optional<CheckCache.Replay> replay = clean || verbose || reissue && CheckCache.holdsUnprinted(out)
                ? Optional.empty() : CheckCache.replay(inputs, out);
        if (replay.isPresent()) {
            List<Problem> warnings = new java.util.ArrayList<>(templateWarnings);
            warnings.addAll(StandInFont.warning(authorTemplates, console.environment(),
                    !draft && replay.get().published() > 0, console.messages()));
            int exit = printer.replay(replay.get(), warnings, start, separate);
            // Answered from the record: nothing changed since the last build, so nothing was re-issued or taken off.
            IdleOptions.print(console, reissue, unpublish, Optional.empty(), List.of(), false, out, content);
            return exit;
        }
        SiteBuild build = new SiteBuild(content, templates, out, settings, tool, jobs, draft);
        part.ifPresent(build::shard);
        build.replaceSigned(replaceSigned).reissue(reissue).siteOptions(siteOptions()).launcher(Launcher.command());
        build.unpublish(unpublish);
        build.dropOldNames(dropOldNames == null ? DropOldNames.none() : DropOldNames.of(dropOldNames));
        build.folderDigests(inputs.plans());
        inputs.changed().ifPresent(build::changedFolders);
        // A folder that is someone else's (a portal's web root): said before a plan is rendered (s25 outdir).
        Optional<plandoc.render.RenderProblem> foreign = build.foreignOutput();
        if (foreign.isPresent()) {
            printer.printRefused(foreign.get(), start);
            return ExitCode.CONTENT;
        }
        List<PlanOutcome> outcomes = build.check(!clean);
        // A --drop-old-names value that names nothing the site keeps: a usage mistake, said before anything is built.
        List<plandoc.diagnostic.Message> unknownDrops = build.unknownDrops(outcomes);
        if (!unknownDrops.isEmpty()) {
            unknownDrops.forEach(m -> console.err().println(console.text("severity.error") + ": "
                    + console.messages().format(m)));
            return ExitCode.USAGE;
        }
        if (outcomes.isEmpty() && part.isEmpty()) { // a shard may hold no plan
            return FirstPlan.noPlans(console, content);
        }
        // Only the plans this build prints have their warnings listed (the drafts on --draft, else the issued).
        Predicate<PlanOutcome> withheld = o -> o.withheldBy(Withholding.build(draft));
        ProblemReport problems = new ProblemReport(report);
        ProblemReport.Counts counts = problems.problems(templateWarnings, outcomes, withheld, content);
        boolean failed = counts.fail(strict);
        // Other content than the site's last build, that would take off, move or replace published plans: said once
        // the plans are checked, before any is rendered (s26 tryout: after the render, minutes on a large corpus).
        List<plandoc.render.RenderProblem> otherContent = build.otherContent(outcomes);
        if (!otherContent.isEmpty()) {
            printer.printRefusals(otherContent);
            problems.summary(counts, otherContent.size(), strict);
            printer.printNothingWritten(start);
            return ExitCode.CONTENT;
        }
        Optional<SiteLock> lock = SiteLocking.acquire(out, console);
        if (lock.isEmpty()) {
            problems.summary(counts, 0, strict);
            return ExitCode.CONTENT;
        }
        try (SiteLock held = lock.get();
             ProgressPrinter progress = new ProgressPrinter(console, level(), System.console() != null)) {
            Optional<CheckCache.SiteList> before = CheckCache.forget(out, inputs);
            // The progress line is cleared when rendering finishes, before the problems are printed.
            BuildReport result = build.render(outcomes, clean, progress);
            printer.printRenderProblems(result);
            // The plans of this build the site publishes (a build of one plan folder counts that plan: the others the
            // output holds stay as they are).
            java.util.Set<String> built = new java.util.HashSet<>();
            outcomes.forEach(o -> built.add(o.slug()));
            long published = result.published().stream().filter(built::contains).count();
            // Issued plans' PDFs in the stand-in font: a warning of the build (s27 review M2), when it publishes one,
            // as a build answered from its record says it (s28 re-read L-c: a build whose plans all had errors, which
            // printed none, counted "sẽ in bằng phông Liberation Serif"); a draft's, a closing line.
            counts = problems.also(counts, StandInFont.warning(authorTemplates, console.environment(),
                    !draft && published > 0, console.messages()));
            failed = counts.fail(strict);
            // Counted with the check's: a template's error is an error of this build like any other.
            problems.summary(counts, result.problems().stream().filter(p -> !p.isNote()).count(), strict);
            printer.printOutcome(result, build);
            printer.printSetAside(build);
            printer.printNotPublished(outcomes, result, build);
            printer.printDrafts(outcomes, result);
            // Decree 30 asks for Times New Roman: a draft build says once per site (and on -v, --clean) when the PDFs carry
            // its stand-in (an issued plan's build counts it as a warning, above);
            // only when a PDF was written (the renderer is readied ahead, also for a build that then renders nothing).
            // A PDF rendered again as it was published counts: -v and --clean say it again.
            boolean fontNotice = (!result.rendered().isEmpty() || (verbose || clean) && !result.renderedSame().isEmpty())
                    && build.fonts().isPresent()
                    && FontNotice.due(out, build.fonts().get(), verbose || clean) && draft;
            // Only a build that printed nothing but the check's problems can be answered from its record.
            // (nor one that left a draft out: it says so every time)
            if (!failed && result.ok() && result.kept().isEmpty() && result.unpublished().isEmpty()
                    && result.withdrawn().isEmpty() && result.older().isEmpty()
                    && result.recovery() == SitePublisher.Recovery.CLEAN
                    && outcomes.stream().noneMatch(withheld)) {
                CheckCache.record(out, inputs, outcomes, console.messages()::format, (int) published, before,
                        result.written());
            }
            printer.printSeparate(separate, separateBefore);
            printer.printGuideRemoved(guideBefore);
            printer.printBuilt(outcomes, result, built, published, start, fontNotice, newSite);
            // Said with what to upload, once per site: the next builds would repeat what the administrator decided.
            if (newSite && published > 0 && shard == null) {
                OpenDataNote.print(settings, content, console);
            }
            IdleOptions.print(console, reissue, unpublish, result.written(), result.unpublished(),
                    result.problems().stream().anyMatch(p -> p.message().key().startsWith("publish.issued-unprinted")),
                    out, content);
            if (result.defect()) {
                return ExitCode.INTERNAL;
            }
            return failed || !result.ok() ? ExitCode.CONTENT : ExitCode.OK;
        }
    }

    /**
     * The options that chose this build's site, as a command the build suggests repeats them after a folder: its
     * {@code --out} (a plan folder's build defaults to ./site, another site), the {@code --templates} given and
     * {@code --lang en}, which the site's pages are written in.
     */
    private String siteOptions() {
        StringBuilder options = new StringBuilder(" --out ").append(Launcher.quoted(out.toString()));
        if (templatesGiven) {
            options.append(" --templates ").append(Launcher.quoted(authorTemplates.toString()));
        }
        if (!"vi".equals(console.messages().locale().getLanguage())) {
            options.append(" --lang ").append(console.messages().locale().getLanguage());
        }
        return options.toString();
    }

    /** Where summaries go: the console, or nowhere with --quiet (problems are always printed). */
    private Console report() {
        return quiet ? console.quiet() : console;
    }

    private int usage(String message) {
        console.err().println(console.text("severity.error") + ": " + message);
        return ExitCode.USAGE;
    }

    /**
     * Takes over the bookkeeping an earlier version kept inside the output folder, under the site's lock and before
     * anything reads it (the check reads the site's records unlocked): the build then finds it where it looks.
     * False after the reason it could not was printed.
     */
    private boolean takeOver(SitePublisher publisher, Console report) {
        Optional<SiteLock> lock = SiteLocking.acquire(out, console);
        if (lock.isEmpty()) {
            return false;
        }
        try (SiteLock held = lock.get()) {
            publisher.recover(); // an interrupted build first, then the bookkeeping moved
            report.out().println(console.text("build.took-over", out, StateFolder.shown(out)));
            return true;
        } catch (IOException e) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.out-unusable", out, e.getMessage()));
            return false;
        }
    }

    private ProgressPrinter.Level level() {
        return quiet ? ProgressPrinter.Level.QUIET : verbose ? ProgressPrinter.Level.VERBOSE : ProgressPrinter.Level.NORMAL;
    }
}
