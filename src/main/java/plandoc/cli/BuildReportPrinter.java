package plandoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import plandoc.PlanOutcome;
import plandoc.build.BuildReport;
import plandoc.build.CheckCache;
import plandoc.build.SeparateAppendices;
import plandoc.build.SiteBuild;
import plandoc.diagnostic.Problem;
import plandoc.publish.SignedFiles;
import plandoc.publish.StateFolder;
import plandoc.publish.Withholding;
import plandoc.render.RenderProblem;
import plandoc.templates.TemplateFolder;

/**
 * What {@code plandoc build} says after it rendered (or replayed) a build: the render problems, the plans it left
 * out, kept or withdrew, the files it archived, renamed or removed, and the one-line summary. Problems and what an
 * administrator must not miss go to the console; the summaries to {@code report}, which {@code --quiet} silences.
 */
final class BuildReportPrinter {
    /** Issued plans a draft build names when it leaves them out; more are counted. */
    private static final int NAMED = 3;

    private final Console console;
    private final Console report;
    private final Path out;
    private final Path content;
    private Optional<plandoc.build.Shard> shard = Optional.empty();
    private final boolean draft;
    private final boolean strict;
    private boolean quiet;
    private boolean verbose;
    private final Path templates;
    private final Path authorTemplates;

    BuildReportPrinter(Console console, Console report, Path out, Path content, boolean draft, boolean strict,
                       Path templates, Path authorTemplates) {
        this.console = console;
        this.report = report;
        this.out = out;
        this.content = content;
        this.draft = draft;
        this.strict = strict;
        this.templates = templates;
        this.authorTemplates = authorTemplates;
    }

    /** {@code -q}, {@code -v}: how much the build says of the drafts it leaves out (printDrafts). */
    BuildReportPrinter level(boolean quiet, boolean verbose) {
        this.quiet = quiet;
        this.verbose = verbose;
        return this;
    }

    /** The build makes the shard {@code part} of the site ({@code build --shard K/N}): its summary says so. */
    BuildReportPrinter shard(Optional<plandoc.build.Shard> part) {
        this.shard = part;
        return this;
    }

    /** The render and publish problems, located as a check's are. */
    void printRenderProblems(BuildReport result) {
        for (RenderProblem problem : result.problems()) {
            RenderProblem p = problem.at(TemplateFolder.shown(problem.location(), templates, authorTemplates));
            String severity = p.isDefect() ? "cli.internal-render" : p.isNote() ? "severity.note" : "severity.error";
            console.err().println(p.format(console.messages(), console.text(severity)));
            p.cause().filter(c -> p.isDefect() && "1".equals(System.getenv("PLANDOC_DEBUG")))
                    .ifPresent(c -> c.printStackTrace(console.err()));
        }
    }

    /** A build refused before it checked a plan: the reason, and that nothing was written. */
    void printRefused(RenderProblem problem, long start) {
        printRefusals(List.of(problem));
        printNothingWritten(start);
    }

    /** What stopped the build before anything was written. */
    void printRefusals(List<RenderProblem> problems) {
        problems.forEach(p -> console.err().println(p.format(console.messages(), console.text("severity.error"))));
    }

    /** That nothing was written, after the refusals. */
    void printNothingWritten(long start) {
        report.out().println(console.text("cli.built-nothing", out, ElapsedTime.format(
                (System.nanoTime() - start) / 1_000_000, console.messages())) + contentRead());
    }

    /** Each file plandoc did not write that the build set aside from a plan's folder it replaced (s25 review H3). */
    void printSetAside(SiteBuild build) {
        build.setAside().forEach((file, now) -> console.out().println(console.text("build.set-aside",
                out.resolve(file), now)));
    }

    /** "old → new, old → new (why)", the names grouped by why they changed, so each reason is said once. */
    static String keptNames(Console console, java.util.Map<String, String> names) {
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
    void printOutcome(BuildReport result, SiteBuild build) {
        // A file archived, not a secret plan's folder of the archive taken out of the site (SecretPlans says that).
        // One put back from the archive is taken out of it: said as such (s24 review H2), not as archived.
        SignedPutBack.print(console, report.out(), out, result.written().orElse(List.of()),
                result.written().isPresent() ? build.signedRestored() : java.util.Map.of(), result.versionWords());
        // Files renamed (the number changed, or plandoc names them otherwise now): their old names stay as copies,
        // said once, each with why it changed.
        // Printed even with -q: the only place the officer learns a mistyped number left public copies behind.
        result.namesKept().forEach((slug, names) -> console.out().println(console.text("cli.names-kept", slug,
                keptNames(console, names), Launcher.command(), slug)));
        // A plan rendered again whose new PDF is the signed one: said, so the officer who signed need not check by hand.
        result.signedKept().forEach((slug, names) -> report.out().println(build.renamed().formerSlug(slug)
                .map(from -> console.text("cli.signed-moved", slug, String.join(", ", names), from))
                .orElseGet(() -> console.text(names.size() == 1 ? "cli.signed-kept" : "cli.signed-kept-many", slug,
                        String.join(", ", names)))));
        // --drop-old-names: the copies taken out, each with the current file it copied (links to them now fail).
        result.namesDropped().forEach((slug, names) -> report.out().println(console.text("cli.names-dropped", slug,
                String.join(", ", names.entrySet().stream().map(e -> e.getKey() + " → " + e.getValue()).toList()))));
        for (String slug : result.kept()) {
            String when = build.lastGoodTime(slug)
                    .map(t -> console.time(t.toInstant()))
                    .orElse("?");
            // The sources edited since, each with its time: the time above is the published version's, which read as
            // the time of the edit that failed (s22 tryout L2: only province.yaml was edited, the note dated plan.yaml).
            // A renamed plan's new folder with errors: its old folder is what stays (s23 review M2).
            console.err().println(build.renamed().heldBack(slug)
                    .map(r -> console.text("cli.renamed-held-back", r.numberSymbol(), r.to(), r.from(), when))
                    .orElseGet(() -> {
                        List<String> edited = build.editedSince(slug).stream().map(e -> e.editedAt()
                                .map(t -> console.text("cli.kept-edited", e.path(), console.time(t.toInstant())))
                                .orElseGet(() -> console.text("cli.kept-removed", e.path()))).toList();
                        return edited.isEmpty() ? console.text("cli.kept-last-good", slug, when)
                                : console.text("cli.kept-last-good-edited", slug, when, String.join(", ", edited));
                    }));
        }
        for (String slug : result.unpublished()) {
            // A renamed folder is a move, not a withdrawal: its old address stays (s23 tryout M3).
            Optional<String> movedTo = build.movedFolders().movedTo(slug);
            report.out().println(movedTo.map(to -> console.text("cli.moved", slug, to))
                    .orElseGet(() -> console.text("cli.unpublished", slug, folderShown(content))));
            // Its earlier versions went with it (s32); its replaced signed PDFs stay archived.
            List<String> versions = result.written().orElse(List.of()).stream()
                    .filter(p -> p.startsWith(SiteBuild.REISSUED_ARCHIVE + "/")
                            && (p.equals(SiteBuild.REISSUED_ARCHIVE + "/" + slug)
                            || p.startsWith(SiteBuild.REISSUED_ARCHIVE + "/" + slug + "/"))
                            && !java.nio.file.Files.exists(out.resolve(p)))
                    .filter(p -> movedTo.isEmpty()).sorted().toList();
            if (!versions.isEmpty()) {
                report.out().println(console.text("cli.unpublished-versions", slug,
                        String.join(", ", versions.stream().map(p -> out.resolve(p).toString()).toList())));
            }
            List<String> old = build.movedFolders().removedWith(slug);
            if (!old.isEmpty()) {
                report.out().println(console.text("cli.moved-removed", slug, String.join(", ",
                        old.stream().map(o -> o + "/").toList())));
            }
        }
        // After an upgrade: a build of one plan folder computes the other plans' figures again (OlderRecords).
        List<String> remade = result.remade().stream().filter(slug -> !result.kept().contains(slug)).toList();
        if (!remade.isEmpty()) {
            report.out().println(console.text("build.records-remade", String.join(", ", remade), Launcher.command()));
        }
        // So does any build for a plan kept at its published version because of errors: a whole build cannot make
        // its pages again until they are fixed.
        List<String> keptRemade = result.remade().stream().filter(result.kept()::contains).toList();
        if (!keptRemade.isEmpty()) {
            report.out().println(console.text("build.records-remade-kept", String.join(", ", keptRemade),
                    Launcher.command()));
        }
        // Figures an older plandoc computed, on the index and the agency view: never silently (exit stays 0).
        if (!result.older().isEmpty()) {
            console.err().println(console.text("build.records-older", String.join(", ", result.older()),
                    Launcher.command()));
        }
        printSiteFilesOnly(result);
        switch (result.recovery()) {
            case ROLLED_FORWARD -> report.out().println(console.text("cli.recovered-forward", out));
            case ROLLED_BACK -> report.out().println(console.text("cli.recovered-back", out));
            default -> {
            }
        }
    }

    /**
     * The plans of the content this build could not publish and the site does not show in any version (errors, or a
     * render stopped): named, so no plan goes missing from the portal without a line saying so (s23 review M2).
     */
    void printNotPublished(List<PlanOutcome> outcomes, BuildReport result, SiteBuild build) {
        if (result.written().isEmpty()) {
            return; // nothing was published at all: said by the problem that stopped the build
        }
        // Errors its check found: a template's error, said once for every plan, is not the plan's.
        outcomes.stream().filter(o -> !o.withheldBy(Withholding.build(draft)) && o.current().isEmpty())
                .map(PlanOutcome::slug)
                .filter(slug -> !result.published().contains(slug) && !result.kept().contains(slug))
                .filter(slug -> !build.renamed().heldBackAt(slug))
                .forEach(slug -> console.err().println(console.text("cli.not-published", slug)));
    }

    /** Site-wide files a build named at most; more are counted. */
    private static final int FILES_NAMED = 6;

    /**
     * A build that changed no plan's files but the files of the site as a whole (url: changed, which only the sitemap
     * and the feed print): says which, so the administrator knows what to upload (s21 tryout 7: it said "redrawn 1").
     * Every plan was unchanged or kept at its published version.
     */
    private void printSiteFilesOnly(BuildReport result) {
        if (!result.rendered().isEmpty() || !result.unpublished().isEmpty() || !result.withdrawn().isEmpty()) {
            return;
        }
        List<String> files = result.written().orElse(List.of()).stream().filter(p -> !StateFolder.isState(p))
                .filter(p -> !p.startsWith(SignedFiles.ARCHIVE + "/"))
                .filter(p -> result.published().stream().noneMatch(slug -> p.equals(slug) || p.startsWith(slug + "/")))
                .sorted().toList();
        if (files.isEmpty()) {
            return;
        }
        String named = String.join(", ", files.subList(0, Math.min(FILES_NAMED, files.size())))
                + (files.size() > FILES_NAMED ? ", …(" + files.size() + ")" : "");
        // Beside a plan kept at its published version "no plan's files changed" read as "no plan was edited" (s22
        // tryout L2): then it says no plan was updated, only the site-wide files.
        report.out().println(console.text(result.kept().isEmpty() ? "build.site-files-updated"
                : "build.site-files-updated-kept", named));
    }

    /**
     * Issue 12: a draft build says it wrote drafts, not documents to publish; a normal build names the
     * plans it left out because their sources say {@code draft: true}. A draft build names the drafts it
     * took out of its output because they have been issued since (or says how many issued plans it did
     * not print, naming them when they are few).
     */
    void printDrafts(List<PlanOutcome> outcomes, BuildReport result) throws java.io.IOException {
        // A secret plan is left out of every build, said in a line of its own (SecretPlans).
        SecretPlans secret = new SecretPlans(console, outcomes);
        secret.print(result, out, report.out());
        if (draft) {
            for (String slug : result.withdrawn()) {
                if (!secret.contains(slug)) {
                    report.out().println(console.text("build.issued-withdrawn", slug, out, command("")));
                }
            }
            List<String> issued = outcomes.stream().filter(o -> o.withheldBy(Withholding.DRAFTS)).filter(o -> !o.secret())
                    .map(PlanOutcome::slug)
                    .filter(slug -> !result.withdrawn().contains(slug)).toList();
            if (!issued.isEmpty() && issued.size() <= NAMED) {
                report.out().println(console.text("build.issued-left-out", String.join(", ", issued), out,
                        command("")));
            } else if (!issued.isEmpty()) {
                report.out().println(console.text("build.issued-left-out-many", issued.size(), out, command("")));
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
        // serve wrote into site/) is said to be withdrawn, even with -q: an issued document turned back into a draft
        // leaves the portal, which -q took off without a word (s36).
        for (String slug : result.withdrawn()) {
            if (!secret.contains(slug)) {
                console.out().println(console.text("build.draft-withdrawn", slug, out, command(" --draft")));
            }
        }
        // How to publish a draft, in full the first time (and after its sources changed, and on -v), then in one line.
        plandoc.build.DraftNotice notice = plandoc.build.DraftNotice.of(out);
        for (PlanOutcome o : outcomes.stream().filter(x -> x.withheldBy(Withholding.ISSUED)).filter(x -> !x.secret())
                .filter(x -> !result.withdrawn().contains(x.slug())).toList()) {
            boolean inFull = notice.inFull(o.folder()) || verbose;
            report.out().println(inFull ? console.text("build.draft-withheld", o.slug(), command(" --draft"))
                    : console.text("build.draft-withheld-short", o.slug(), Launcher.command()));
        }
        // A quiet build printed neither: it tells the next one nothing.
        if (!quiet) {
            notice.remember(outcomes.stream().map(PlanOutcome::slug).toList());
        }
    }

    /**
     * One line when the build writes separate appendices because the site remembers them; after
     * {@code --no-separate-appendices}, the files it removed (links to them now fail). Printed even with -q: the
     * only place the administrator learns that published links stopped working.
     */
    void printSeparate(SeparateAppendices.Choice separate, List<String> before) {
        if (separate.carriedOver()) {
            report.out().println(console.text("build.separate-remembered", out, StateFolder.shown(out)));
        }
        List<String> removed = before.stream().filter(name -> !Files.exists(out.resolve(name))).toList();
        if (!removed.isEmpty()) {
            console.out().println(console.text("build.separate-removed", out, String.join(", ", removed)));
        }
    }

    /** The officers' guide this build took off the site, when it did. */
    void printGuideRemoved(boolean guideBefore) {
        if (guideBefore && !Files.exists(out.resolve(plandoc.render.GuidePage.PATH))) {
            // Taken off by guide: (s19 tryout): the administrator learns a published page went, as with appendices.
            console.out().println(console.text("build.guide-removed", out.resolve(plandoc.render.GuidePage.PATH),
                    KeptSiteAddress.provinceFile(content)));
        }
    }

    /** The build's one-line summary, and the notes said once: the font's stand-in, what to upload. */
    void printBuilt(List<PlanOutcome> outcomes, BuildReport result, Set<String> built, long published, long start,
                    boolean fontNotice, boolean newSite) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Nothing committed (refused by the publisher, a site page failed, the site could not be written): counts of
        // plans "built" and "unchanged" would contradict the errors above it (s24 tryout L3).
        if (result.written().isEmpty()) {
            report.out().println(console.text("cli.built-nothing", out, ElapsedTime.format(millis, console.messages()))
                    + contentRead());
            return;
        }
        // A plan kept at its last good version is listed but was not made from its current sources.
        // A draft build prints only the drafts: counting the issued plans it leaves out read as "1 of 3 failed".
        long issuedLeftOut = draft ? outcomes.stream().filter(o -> o.withheldBy(Withholding.build(draft))).count() : 0;
        if (shard.isPresent() && outcomes.isEmpty()) {
            // "Đã tạo 0/0 văn bản" read as a failure (s25 tryout L6): the plans' folder names chose other shards.
            report.out().println(console.text("cli.built-shard-empty", shard.get(), out,
                    ElapsedTime.format(millis, console.messages())) + contentRead());
        } else if (result.kept().isEmpty() && issuedLeftOut > 0) {
            report.out().println(console.text("cli.built-draft", published, outcomes.size() - issuedLeftOut,
                    out, result.rendered().size(), result.unchanged().stream().filter(built::contains).count(),
                    issuedLeftOut, ElapsedTime.format(millis, console.messages())) + contentRead());
        } else if (result.kept().isEmpty()) {
            report.out().println(console.text("cli.built-incremental", published, outcomes.size(),
                    out, result.rendered().size(), result.unchanged().stream().filter(built::contains).count(),
                    ElapsedTime.format(millis, console.messages())) + contentRead());
        } else {
            report.out().println(console.text("cli.built-incremental-kept", published,
                    outcomes.size(), out, result.rendered().size(),
                    result.unchanged().stream().filter(built::contains).count(), result.kept().size(),
                    ElapsedTime.format(millis, console.messages())) + contentRead());
        }
        printSiteLanguage();
        if (fontNotice) {
            StandInFont.draftNotice(authorTemplates, console.environment(), console.messages())
                    .ifPresent(report.out()::println);
        }
        // Said once, on the build that makes the site: every build saying it would be noise. A shard's output is not
        // published but merged (docs/ci.md): "copy it to the portal" told to do the wrong thing (s25 tryout L6).
        if (newSite && shard.isPresent()) {
            report.out().println(console.text("build.shard-upload", shard.get()));
        } else if (newSite && published > 0) {
            report.out().println(console.text("build.upload", out, StateFolder.shown(out)));
        }
    }

    /**
     * {@code --lang en} writes the site's chrome in English too (by design), which an administrator reading English
     * messages could publish unaware (s29 tryout F3): said on every such build, as the site holds no language of its own.
     */
    private void printSiteLanguage() {
        if (console.messages().locale().getLanguage().equals("en")) {
            report.out().println(console.text("build.site-english", Launcher.command()));
        }
    }

    /**
     * The build command to run next, with the content folder read when it is not the default one: the advice then
     * builds the folder in use, not content/ (s32 tryout M5).
     */
    private String command(String options) {
        return Launcher.command() + " build" + options + (content.normalize().equals(Path.of("content")) ? ""
                : " --content " + Launcher.quoted(content.toString()));
    }

    /** A folder as typed, ending in "/" as the messages name folders ("content/"). */
    static String folderShown(Path folder) {
        String typed = folder.toString();
        return typed.endsWith("/") || typed.endsWith(java.io.File.separator) ? typed : typed + "/";
    }

    /**
     * The content folder read, as typed, after the build's summary (s25 tryout M3: a wrong {@code --content} was
     * published over the site and no line named the folder read).
     */
    private String contentRead() {
        return " " + console.text("cli.content-read", content);
    }

    /** What a build with the same inputs printed and returned; it would render and write nothing. */
    int replay(CheckCache.Replay replay, List<Problem> templateWarnings, long start, SeparateAppendices.Choice separate) {
        templateWarnings.forEach(p -> console.err().println(console.messages().format(p)));
        for (CheckCache.PlanResult plan : replay.plans()) {
            plan.lines().forEach(console.err()::println);
        }
        long warnings = replay.warnings() + templateWarnings.size();
        report.out().println(console.text("cli.summary", replay.plans().size(), (long) replay.errors(), warnings));
        printSeparate(separate, List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        report.out().println(console.text("cli.built-incremental", replay.published(), replay.plans().size(), out, 0,
                replay.published(), ElapsedTime.format(millis, console.messages())) + contentRead());
        printSiteLanguage();
        if (draft && replay.published() > 0) {
            report.out().println(console.text("build.draft-summary", out));
        }
        if (strict && replay.errors() == 0 && warnings > 0) {
            console.err().println(console.text("cli.strict-failed", warnings));
        }
        boolean failed = replay.errors() > 0 || strict && warnings > 0;
        return failed ? ExitCode.CONTENT : ExitCode.OK;
    }
}
