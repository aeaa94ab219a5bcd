package plandoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import plandoc.publish.SignedFiles;
import plandoc.publish.SitePublisher;
import plandoc.publish.StateFolder;
import plandoc.publish.Withholding;
import plandoc.render.RenderProblem;
import plandoc.render.RenderSettings;

/**
 * {@code plandoc build}: checks every plan, then renders the ones without errors into the site —
 * only those whose inputs changed since the last build, on a bounded pool of threads
 * ({@link SiteBuild}). A plan with errors is not rendered, so its previously published files stay
 * as they were. {@code --clean} renders everything again.
 */
final class BuildCommand implements Callable<Integer> {
    /** The process environment; tests replace it. */
    static java.util.function.Supplier<java.util.Map<String, String>> environment = System::getenv;

    /** Issue 12: an e-office draft never lands in the published site unless asked for by --out. */
    static final String DRAFT_OUT = "site-draft";

    private final Console console;
    private final CommandSpec spec;

    // The options' values, read from the parsed spec when the command runs.
    private Path content;
    /** {@code build DIR}, as {@code check DIR}: the content folder, one plan folder or its plan.yaml. */
    private Path given;
    private Path templates; // absent: ./templates when present, over the defaults packaged in plandoc
    /** The templates folder as given (or ./templates), which {@link #templates} becomes merged with plandoc's. */
    private Path authorTemplates;
    private Path out; // absent: site/, or site-draft/ for a draft build
    private boolean draft;
    private boolean separateAppendices;
    /** {@code --no-separate-appendices}: stops what an earlier build's {@code --separate-appendices} made the site remember. */
    private boolean noSeparateAppendices;
    private boolean replaceSigned;
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
        spec.addPositional(PositionalParamSpec.builder().index("0").arity("0..1").paramLabel("DIR")
                .descriptionKey("build.dir").type(Path.class).build());
        spec.addOption(valued("DIR", "option.content", Path.class, "--content"));
        spec.addOption(valued("DIR", "option.templates", Path.class, "--templates"));
        spec.addOption(valued("DIR", "option.out", Path.class, "--out"));
        spec.addOption(flag("option.draft", "--draft"));
        spec.addOption(flag("option.separate-appendices", "--separate-appendices"));
        spec.addOption(flag("option.no-separate-appendices", "--no-separate-appendices"));
        spec.addOption(flag("option.replace-signed", "--replace-signed"));
        spec.addOption(flag("option.strict", "--strict"));
        spec.addOption(CommonOptions.lang());
        spec.addOption(flag("option.clean", "--clean"));
        spec.addOption(flag("option.quiet", "-q", "--quiet"));
        spec.addOption(flag("option.verbose", "-v", "--verbose"));
        spec.addOption(valued("N", "option.jobs", int.class, "-j", "--jobs"));
        spec.addOption(CommonOptions.help());
        spec.addOption(valued("K/N", "option.shard", String.class, "--shard"));
        spec.addOption(OptionSpec.builder("--merge").paramLabel("DIR").arity("1..*").descriptionKey("option.merge")
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
        out = value("--out", null);
        draft = value("--draft", false);
        separateAppendices = value("--separate-appendices", false);
        noSeparateAppendices = value("--no-separate-appendices", false);
        replaceSigned = value("--replace-signed", false);
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
    @SuppressWarnings("try") // the lock is held for the block's duration, not used in it
    public Integer call() throws IOException {
        readOptions();
        if (quiet && verbose) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.quiet-verbose"));
            return ExitCode.USAGE;
        }
        if (jobs < 1) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.bad-jobs", jobs));
            return ExitCode.USAGE;
        }
        if (given != null && content != null && !given.equals(content)) {
            console.err().println(console.text("check.folder-twice", given, content));
            return ExitCode.USAGE;
        }
        content = given != null ? given : content != null ? content : Path.of("content");
        // "build content/x/plan.yaml" (what an editor's path gives): the plan in that file's folder, as check takes it.
        if (Files.isRegularFile(content) && content.getFileName().toString().equals(plandoc.load.PlanLoader.PLAN_FILE)) {
            content = content.getParent() != null ? content.getParent() : Path.of(".");
        }
        content = FirstPlan.named(content);
        if (Files.isRegularFile(content)) {
            console.err().println(console.text("cli.not-a-directory", content));
            return ExitCode.USAGE;
        }
        for (Path dir : templates == null ? List.of(content) : List.of(content, templates)) {
            if (!Files.isDirectory(dir)) {
                return dir == content ? MissingFolder.reportContent(console, dir) : MissingFolder.report(console, dir);
            }
        }
        Optional<String> badSiteUrl = RenderSettings.invalidSiteUrl(environment.get());
        if (badSiteUrl.isPresent()) {
            console.err().println(console.text("severity.error") + ": " + console.text("cli.bad-site-url", badSiteUrl.get(),
                    plandoc.model.Province.addressToWrite(badSiteUrl.get())));
            return ExitCode.USAGE;
        }
        // Run inside content/ (cd content/ke-hoach && build .): the project's templates and site, as from its folder.
        authorTemplates = templates != null ? templates : ProjectFolder.beside(content, "templates");
        // A province's copy older than plandoc's silently lacks what was added since: said on every build.
        List<Problem> templateWarnings = TemplateVersions.check(authorTemplates, console.messages().locale().getLanguage(),
                Launcher::command);
        templates = TemplateFolder.resolve(authorTemplates);
        if (out == null) {
            out = ProjectFolder.beside(content, draft ? DRAFT_OUT : "site");
        }
        // The published site is never a draft build's output, even when asked for by --out.
        if (draft && out.toAbsolutePath().normalize().equals(ProjectFolder.beside(content, "site").toAbsolutePath()
                .normalize())) {
            return usage(console.text("build.draft-into-site", out));
        }
        Optional<Shard> part = Optional.empty();
        if (shard != null) {
            if (merge != null) {
                return usage(console.text("build.shard-and-merge"));
            }
            part = Shard.parse(shard);
            if (part.isEmpty()) {
                return usage(console.text("build.bad-shard", shard));
            }
        }
        if (separateAppendices && noSeparateAppendices) {
            return usage(console.text("build.separate-both"));
        }
        if (dropOldNames != null && (draft || merge != null)) {
            return usage(console.text("build.drop-old-names-with", draft ? "--draft" : "--merge"));
        }
        if (merge != null) {
            return new ShardMerge(console, quiet).run(merge, content, templates, out, jobs, draft, replaceSigned,
                    noSeparateAppendices);
        }
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
        RenderSettings settings = RenderSettings.fromEnvironment(environment.get()).withSeparateAppendices(separate.separate())
                .withDraftBuild(draft).withProvince(ContentProvince.of(content))
                .withLanguage(console.messages().locale().getLanguage());
        settings = KeptSiteAddress.settings(settings, content, out, console);
        ToolVersion tool = ToolVersion.current();
        // Problems are always printed; --quiet only drops the summaries.
        Console report = report();
        // Nothing changed since the last complete build: say what it said, without reading a plan (issue 17).
        CheckCache.Inputs inputs = CheckCache.inputs(content, templates, settings, tool, lang + (strict ? " strict" : "")
                + part.map(s -> " shard " + s).orElse("")
                + (draft ? " draft" : "") + (separate.separate() ? " separate-appendices" : "")
                + (dropOldNames == null ? "" : " drop-old-names " + dropOldNames), out);
        // (--verbose lists each unchanged plan as the build meets it: it runs in full.)
        Optional<CheckCache.Replay> replay = clean || verbose ? Optional.empty() : CheckCache.replay(inputs, out);
        if (replay.isPresent()) {
            return replay(replay.get(), templateWarnings, report, start, separate);
        }
        SiteBuild build = new SiteBuild(content, templates, out, settings, tool, jobs, draft);
        part.ifPresent(build::shard);
        build.replaceSigned(replaceSigned);
        build.dropOldNames(dropOldNames == null ? DropOldNames.none() : DropOldNames.of(dropOldNames));
        build.folderDigests(inputs.plans());
        inputs.changed().ifPresent(build::changedFolders);
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
            printRenderProblems(result);
            // Counted with the check's: a template's error is an error of this build like any other.
            problems.summary(counts, result.problems().stream().filter(p -> !p.isNote()).count(), strict);
            printOutcome(result, build, report);
            printDrafts(outcomes, result, report);
            // Decree 30 asks for Times New Roman: say once per site (and on -v, --clean) when the PDFs carry its stand-in;
            // only when a PDF was written (the renderer is readied ahead, also for a build that then renders nothing).
            boolean fontNotice = !result.rendered().isEmpty() && build.fonts().isPresent()
                    && FontNotice.due(out, build.fonts().get(), verbose || clean);
            // Only a build that printed nothing but the check's problems can be answered from its record.
            // (nor one that left a draft out: it says so every time)
            // A build of one plan folder counts that plan: the others the output holds stay as they are.
            java.util.Set<String> built = new java.util.HashSet<>();
            outcomes.forEach(o -> built.add(o.slug()));
            long published = result.published().stream().filter(built::contains).count();
            if (!failed && result.ok() && result.kept().isEmpty() && result.unpublished().isEmpty()
                    && result.withdrawn().isEmpty()
                    && result.recovery() == SitePublisher.Recovery.CLEAN
                    && outcomes.stream().noneMatch(withheld)) {
                CheckCache.record(out, inputs, outcomes, console.messages()::format, (int) published, before,
                        result.written());
            }
            printSeparate(separate, separateBefore, report);
            if (guideBefore && !Files.exists(out.resolve(plandoc.render.GuidePage.PATH))) {
                // Taken off by guide: (s19 tryout): the administrator learns a published page went, as with appendices.
                console.out().println(console.text("build.guide-removed", out.resolve(plandoc.render.GuidePage.PATH),
                        KeptSiteAddress.provinceFile(content)));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            // A plan kept at its last good version is listed but was not made from its current sources.
            // A draft build prints only the drafts: counting the issued plans it leaves out read as "1 of 3 failed".
            long issuedLeftOut = draft ? outcomes.stream().filter(withheld).count() : 0;
            if (result.kept().isEmpty() && issuedLeftOut > 0) {
                report.out().println(console.text("cli.built-draft", published, outcomes.size() - issuedLeftOut,
                        out, result.rendered().size(), result.unchanged().stream().filter(built::contains).count(),
                        issuedLeftOut, ElapsedTime.format(millis, console.messages())));
            } else if (result.kept().isEmpty()) {
                report.out().println(console.text("cli.built-incremental", published, outcomes.size(),
                        out, result.rendered().size(), result.unchanged().stream().filter(built::contains).count(),
                        ElapsedTime.format(millis, console.messages())));
            } else {
                report.out().println(console.text("cli.built-incremental-kept", published,
                        outcomes.size(), out, result.rendered().size(),
                        result.unchanged().stream().filter(built::contains).count(), result.kept().size(),
                        ElapsedTime.format(millis, console.messages())));
            }
            if (fontNotice) {
                report.out().println(console.text("build.font-fallback"));
            }
            // Said once, on the build that makes the site: every build saying it would be noise.
            if (newSite && published > 0) {
                report.out().println(console.text("build.upload", out, StateFolder.shown(out)));
            }
            if (result.defect()) {
                return ExitCode.INTERNAL;
            }
            return failed || !result.ok() ? ExitCode.CONTENT : ExitCode.OK;
        }
    }

    /**
     * Issue 12: a draft build says it wrote drafts, not documents to publish; a normal build names the
     * plans it left out because their sources say {@code draft: true}. A draft build names the drafts it
     * took out of its output because they have been issued since (or says how many issued plans it did
     * not print, naming them when they are few).
     */
    private void printDrafts(List<PlanOutcome> outcomes, BuildReport result, Console report) {
        // A secret plan is left out of every build, said in a line of its own (SecretPlans).
        SecretPlans secret = new SecretPlans(console, outcomes);
        secret.print(result, out, report.out());
        if (draft) {
            for (String slug : result.withdrawn()) {
                if (!secret.contains(slug)) {
                    report.out().println(console.text("build.issued-withdrawn", slug, out, Launcher.command()));
                }
            }
            List<String> issued = outcomes.stream().filter(o -> o.withheldBy(Withholding.DRAFTS)).filter(o -> !o.secret())
                    .map(PlanOutcome::slug)
                    .filter(slug -> !result.withdrawn().contains(slug)).toList();
            if (!issued.isEmpty() && issued.size() <= NAMED) {
                report.out().println(console.text("build.issued-left-out", String.join(", ", issued), out,
                        Launcher.command()));
            } else if (!issued.isEmpty()) {
                report.out().println(console.text("build.issued-left-out-many", issued.size(), out, Launcher.command()));
            }
            // Said only when a draft is in the output (new, or kept from before): after its plan is issued, or when a
            // template's error left nothing written, "a draft was written" would mislead.
            if (outcomes.stream().anyMatch(o -> !o.withheldBy(Withholding.DRAFTS) && o.resolved().isPresent()
                    && (result.published().contains(o.slug()) || result.kept().contains(o.slug())))) {
                report.out().println(console.text("build.draft-summary", out));
            }
            return;
        }
        // A draft the site held (a plan turned back into a draft, a draft build's output, or a preview an older plandoc's
        // serve wrote into site/) is said to be withdrawn.
        for (String slug : result.withdrawn()) {
            if (!secret.contains(slug)) {
                report.out().println(console.text("build.draft-withdrawn", slug, out, Launcher.command()));
            }
        }
        outcomes.stream().filter(o -> o.withheldBy(Withholding.ISSUED)).filter(o -> !o.secret())
                .filter(o -> !result.withdrawn().contains(o.slug()))
                .forEach(o -> report.out().println(console.text("build.draft-withheld", o.slug(), Launcher.command())));
    }

    /**
     * One line when the build writes separate appendices because the site remembers them; after
     * {@code --no-separate-appendices}, the files it removed (links to them now fail). Printed even with -q: the
     * only place the administrator learns that published links stopped working.
     */
    private void printSeparate(SeparateAppendices.Choice separate, List<String> before, Console report) {
        if (separate.carriedOver()) {
            report.out().println(console.text("build.separate-remembered", out, StateFolder.shown(out)));
        }
        List<String> removed = before.stream().filter(name -> !Files.exists(out.resolve(name))).toList();
        if (!removed.isEmpty()) {
            console.out().println(console.text("build.separate-removed", out, String.join(", ", removed)));
        }
    }

    /** Where summaries go: the console, or nowhere with --quiet (problems are always printed). */
    private Console report() {
        return quiet ? new Console(new PrintStream(OutputStream.nullOutputStream()), console.err(), console.messages())
                : console;
    }

    /** Issued plans a draft build names when it leaves them out; more are counted. */
    private static final int NAMED = 3;

    private int usage(String message) {
        console.err().println(console.text("severity.error") + ": " + message);
        return ExitCode.USAGE;
    }

    /** What a build with the same inputs printed and returned; it would render and write nothing. */
    private int replay(CheckCache.Replay replay, List<Problem> templateWarnings, Console report, long start,
                       SeparateAppendices.Choice separate) {
        templateWarnings.forEach(p -> console.err().println(console.messages().format(p)));
        for (CheckCache.PlanResult plan : replay.plans()) {
            plan.lines().forEach(console.err()::println);
        }
        long warnings = replay.warnings() + templateWarnings.size();
        report.out().println(console.text("cli.summary", replay.plans().size(), (long) replay.errors(), warnings));
        printSeparate(separate, List.of(), report);
        long millis = (System.nanoTime() - start) / 1_000_000;
        report.out().println(console.text("cli.built-incremental", replay.published(), replay.plans().size(), out, 0,
                replay.published(), ElapsedTime.format(millis, console.messages())));
        if (draft && replay.published() > 0) {
            report.out().println(console.text("build.draft-summary", out));
        }
        if (strict && replay.errors() == 0 && warnings > 0) {
            console.err().println(console.text("cli.strict-failed", warnings));
        }
        boolean failed = replay.errors() > 0 || strict && warnings > 0;
        return failed ? ExitCode.CONTENT : ExitCode.OK;
    }

    /** The render and publish problems, located as a check's are. */
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

    private void printRenderProblems(BuildReport result) {
        for (RenderProblem problem : result.problems()) {
            RenderProblem p = problem.at(TemplateFolder.shown(problem.location(), templates, authorTemplates));
            String severity = p.isDefect() ? "cli.internal-render" : p.isNote() ? "severity.note" : "severity.error";
            console.err().println(p.format(console.messages(), console.text(severity)));
            p.cause().filter(c -> p.isDefect() && "1".equals(System.getenv("PLANDOC_DEBUG")))
                    .ifPresent(c -> c.printStackTrace(console.err()));
        }
    }

    /** "old → new, old → new (why)", the names grouped by why they changed, so each reason is said once. */
    private String keptNames(java.util.Map<String, String> names) {
        java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
        names.forEach((old, now) -> byReason.computeIfAbsent(plandoc.build.OldName.of(old, now).messageKey(),
                reason -> new java.util.ArrayList<>()).add(old + " → " + now));
        return String.join("; ", byReason.entrySet().stream()
                .map(e -> String.join(", ", e.getValue()) + " (" + console.text(e.getKey()) + ")").toList());
    }

    /**
     * What the site shows of plans that could not be published now, where replaced signed files went, and the old
     * file names kept as copies.
     */
    private void printOutcome(BuildReport result, SiteBuild build, Console report) {
        // A file archived, not a secret plan's folder of the archive taken out of the site (SecretPlans says that).
        result.written().orElse(List.of()).stream().filter(p -> p.startsWith(SignedFiles.ARCHIVE + "/") && p.endsWith(".pdf"))
                .forEach(p -> report.out().println(console.text("cli.signed-archived", out.resolve(p))));
        // Files renamed (the number changed, or plandoc names them otherwise now): their old names stay as copies,
        // said once, each with why it changed.
        // Printed even with -q: the only place the officer learns a mistyped number left public copies behind.
        result.namesKept().forEach((slug, names) -> console.out().println(console.text("cli.names-kept", slug,
                keptNames(names), Launcher.command(), slug)));
        // --drop-old-names: the copies taken out, each with the current file it copied (links to them now fail).
        result.namesDropped().forEach((slug, names) -> report.out().println(console.text("cli.names-dropped", slug,
                String.join(", ", names.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).toList()))));
        for (String slug : result.kept()) {
            String when = build.lastGoodTime(slug)
                    .map(t -> java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                            .format(t.toInstant().atZone(java.time.ZoneId.systemDefault())))
                    .orElse("?");
            console.err().println(console.text("cli.kept-last-good", slug, when));
        }
        for (String slug : result.unpublished()) {
            report.out().println(console.text("cli.unpublished", slug));
        }
        switch (result.recovery()) {
            case ROLLED_FORWARD -> report.out().println(console.text("cli.recovered-forward", out));
            case ROLLED_BACK -> report.out().println(console.text("cli.recovered-back", out));
            default -> {
            }
        }
    }

    private ProgressPrinter.Level level() {
        return quiet ? ProgressPrinter.Level.QUIET : verbose ? ProgressPrinter.Level.VERBOSE : ProgressPrinter.Level.NORMAL;
    }
}
