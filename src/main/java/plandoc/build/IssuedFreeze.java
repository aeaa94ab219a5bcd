package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import plandoc.diagnostic.Message;
import plandoc.publish.SignedFiles;
import plandoc.publish.StateFolder;
import plandoc.publish.Transaction;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;
import plandoc.resolved.ResolvedPlan;

/**
 * An issued document, once published, is frozen (s30 tryout F1): its number and date stand for the text the site
 * published, so a build does not print another text under them. A plan is edited when, against what the site
 * published of it (the publisher's state: its sources under {@link SiteUpdate#PUBLISHED}, its resolved document,
 * {@code plan.json}, in its folder), both its sources and its resolved document differ: a new plandoc computing or
 * printing the same sources otherwise is no edit (the sources are the same). Such a plan stops; with
 * {@code build --reissue} its previous PDF is kept in {@link #ARCHIVE} and its page links it. Sources edited with
 * nothing printed changed (a comment in plan.yaml, the final "." plandoc prints anyway, a new agency in agencies.yaml
 * it does not name) are not published either (s34 review L2): the PDF carries its sources, so publishing them would
 * replace the issued PDF; the site keeps the published PDFs and sources, the build says so once, and a build of the
 * plan's folder alone with {@code --reissue} publishes them. So is an edit of a file the site's documents share
 * (agencies.yaml, province.yaml), which every issued PDF carries (s37: it replaced them all, silently). A draft is
 * never frozen; a signed PDF is frozen already, by {@link KeptSigned}, except that an edit changing nothing printed is
 * held back here too. No git is read: {@code serve} has it off.
 */
final class IssuedFreeze {
    /** Where the PDFs of re-issued documents are kept, by plan: linked from the plan's page. */
    static final String ARCHIVE = "ban-da-thay-the";
    /** The resolved plan each plan's folder publishes (render.PlanFiles.JSON). */
    private static final String DATA = "plan.json";

    private final boolean on;
    private final boolean reissue;
    /** {@code --reissue} in a build of one plan's folder: its edit that changes nothing printed is published too. */
    private final boolean reissueUnprinted;
    /**
     * The options of this build that choose its site ({@code --out}, {@code --templates}, {@code --lang}), as typed
     * after a plan's folder in the {@code build --reissue} a note suggests: without them that command built another,
     * one-document site in ./site (s35 review M1).
     */
    private final String siteOptions;
    /** plandoc as the user started it, at the head of the command a note suggests (s36 review L2). */
    private final String launcher;
    /** The documented way to start plandoc, when the build is not told how it was started. */
    static final String LAUNCHER = "./plandoc";

    private IssuedFreeze(boolean on, boolean reissue, boolean reissueUnprinted, String launcher, String siteOptions) {
        this.on = on;
        this.reissue = reissue;
        this.reissueUnprinted = reissueUnprinted;
        this.launcher = launcher;
        this.siteOptions = siteOptions;
    }

    /** No plan frozen ({@code serve}'s preview, a draft build, a shard): the site is not the portal. */
    static IssuedFreeze off() {
        return new IssuedFreeze(false, false, false, LAUNCHER, "");
    }

    /**
     * A build into the portal's site; {@code reissue}: {@code build --reissue}; {@code onePlan}: a build of one plan's
     * folder, whose {@code --reissue} publishes an edit that changes nothing printed (a whole content folder's would
     * re-issue every document whose PDF carries an edited shared file, agencies.yaml); {@code siteOptions}: the
     * options that choose the site, repeated in the command a note suggests (" --out site", or empty); {@code
     * launcher}: plandoc as the user started it, at the head of that command ("./plandoc")
     */
    static IssuedFreeze of(boolean reissue, boolean onePlan, String launcher, String siteOptions) {
        return new IssuedFreeze(true, reissue, reissue && onePlan, launcher, siteOptions);
    }

    /** The command that publishes the held-back edit of the plan in {@code folder}, as the user would paste it. */
    String reissueCommand(String folder) {
        return launcher + " build --reissue " + folder + siteOptions;
    }

    /** Whether published issued documents are frozen: a build into the portal's site. */
    boolean on() {
        return on;
    }

    /**
     * Whether a plan whose published files stand for {@code entry} stays as published without being rendered, its
     * sources now being those {@code key} names: an edit said once to change nothing printed ({@link KeepPublished}).
     */
    boolean keepsUnprinted(BuildCache.PlanEntry entry, String key) {
        // Any --reissue renders it again: a whole content folder's says the edit again with the folder's command, so
        // that it does not claim no source was edited (s35 review M2); a plan folder's re-issues it.
        return on && !reissue && entry.unprinted().filter(key::equals).isPresent();
    }

    /** How this build says an edit it holds back ({@link #tell}). */
    enum Told {
        /** Not at all: the site told about these sources before. */
        BEFORE,
        /** In the plan's own note. */
        ALONE,
        /** In the build's one note of them all ({@link #grouped}). */
        WITH_OTHERS
    }

    /**
     * How {@code keep}'s note is said: once per edit, the site remembering which it told about ({@link
     * UnprintedSaid}, staged in {@code transaction}: not again when the plan is only rendered again, nor after
     * {@code --clean} or a lost cache; s35 review M4, s36); always under {@code --reissue}, which asks for it. Said
     * with the others when a {@code --reissue} does not publish them (a whole content folder's, a merge's), or when
     * a shared file was edited: one note names them all at once.
     */
    Told tell(KeepPublished keep, String slug, Path outDir, Transaction transaction) throws IOException {
        if (!reissue && UnprintedSaid.said(outDir, slug, keep.sources())) {
            return Told.BEFORE;
        }
        UnprintedSaid.stageSaid(transaction, slug, keep.sources());
        return groupsUnprinted() || keep.shared() ? Told.WITH_OTHERS : Told.ALONE;
    }

    /**
     * Whether a {@code --reissue} does not publish the held-back edits (a whole content folder's, a merge's): their
     * note is then the whole build's. An edit of a shared file is said so too, as it holds back every issued document
     * that carries it (one agencies.yaml edit, one note; s37).
     */
    private boolean groupsUnprinted() {
        return on && reissue && !reissueUnprinted;
    }

    /** The one note of the edits {@link Told#WITH_OTHERS}: the documents {@code held} and the command for each. */
    Optional<RenderProblem> grouped(List<KeepPublished> held) {
        return HeldBackNote.of(held, this::reissueCommand, groupsUnprinted());
    }

    /**
     * Whether a plan whose cache entry stands for its sources is rendered all the same: under {@code --reissue}, one
     * holding back an edit ({@link BuildCache.PlanEntry#unprinted}), so that the build says it again, with the
     * command that publishes it.
     */
    boolean rendersHeldBack(BuildCache.PlanEntry entry) {
        return on && reissue && entry.unprinted().isPresent();
    }

    /**
     * A previous PDF to keep in {@link #ARCHIVE} ({@code path}, from the site root) as the plan is re-issued; {@code
     * why}: a re-issue, or a re-publication of sources whose print is the same ({@link ArchivedVersion.Why#REPUBLISHED}).
     */
    record Replaced(String path, byte[] bytes, ArchivedVersion.Why why) {
    }

    /** What a build does with a plan's new version, against the issued document the site published. */
    sealed interface Verdict {
        /** Its previous PDF to archive, when it is re-issued. */
        default Optional<Replaced> replaced() {
            return Optional.empty();
        }
    }

    /** Not a published issued document, or not edited: published as rendered. */
    record Publish() implements Verdict {
    }

    /** An edited issued document, {@code build --reissue}: published, its previous PDF kept in {@link #ARCHIVE}. */
    record Reissue(Replaced previous) implements Verdict {
        @Override
        public Optional<Replaced> replaced() {
            return Optional.of(previous);
        }
    }

    /**
     * Its sources edited, nothing it prints changed: the site keeps its published PDFs and sources, its page made
     * again ({@link PublishedPdfs}); {@code notice} tells the officer so, at the first place edited; {@code sources}: the digest of the edited sources
     * ({@link IssuedSources#digest}); {@code document}: its number and symbol; {@code folder}: its plan folder, as
     * {@code build --reissue} takes it to publish the edit; {@code shared}: a file the site's documents share is among
     * those edited (agencies.yaml).
     */
    record KeepPublished(RenderProblem notice, String sources, String document, String folder, boolean shared)
            implements Verdict {
    }

    /**
     * What to do with {@code made}, the plan's new version. Without {@code --reissue} an edit stops the plan (a content
     * error at the first place edited), before anything of it is staged.
     *
     * @param root the folder {@code plan.sources()} are named from
     * @param from the folder the site published the plan in when it was renamed in this build ({@link RenamedPlans}):
     *             a document is frozen by what it is, not by its folder's name
     */
    Verdict check(ResolvedPlan plan, RenderedPlan made, Path root, Path outDir, Optional<String> from)
            throws IOException, RenderException {
        String slug = plan.info().slug();
        if (!on || plan.info().draft()) {
            return new Publish();
        }
        Path planFile = plan.sourceFolder().orElse(root.resolve(slug)).resolve("plan.yaml");
        // A renamed folder's published version is in its old folder, which this plan does not stay in.
        return edit(slug, from, made.file(DATA).bytes(), name -> made.files().stream()
                        .filter(f -> f.name().equals(name)).findFirst().map(RenderedPlan.OutputFile::bytes),
                () -> IssuedSources.now(root, plan.sources(), slug), planFile, outDir, from.isEmpty());
    }

    /**
     * {@code build --merge} (s32): as {@link #check}, a shard's version of a plan being its new one — its record, its
     * folder in the shard's output and the sources the shard published it from. A shard is built without the site, so
     * the merge is where a shard's edited issued document is frozen, or re-issued with {@code --merge … --reissue};
     * and where its edit that changes nothing printed is kept out, as a build keeps it (s36: the merge published it).
     */
    Verdict checkMerged(SiteRecord shard, Path shardFolder, Path shardSources, Path outDir)
            throws IOException, RenderException {
        String slug = shard.slug();
        if (!on || shard.info().draft() || !Files.isRegularFile(shardFolder.resolve(DATA))) {
            return new Publish();
        }
        return edit(slug, Optional.empty(), Files.readAllBytes(shardFolder.resolve(DATA)), name -> {
                    Path file = shardFolder.resolve(name);
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                }, () -> IssuedSources.published(shardSources, slug), Path.of(shard.folder()).resolve("plan.yaml"), outDir,
                true);
    }

    /** The sources of a plan's new version, by name as {@link IssuedSources#now} names them; read only when needed. */
    private interface Sources {
        Map<String, byte[]> read() throws IOException;
    }

    /** A file of a plan's new version by name, as it would be published; empty when it writes none. */
    private interface NewFile {
        Optional<byte[]> read(String name) throws IOException;
    }

    /**
     * What to do with the new version of plan {@code slug} (published in folder {@code from} when renamed), {@code
     * data} (its plan.json) from {@code sources}, its files {@code files}.
     *
     * @param mayKeep whether the site can keep the published version in place of one that changes nothing printed
     */
    private Verdict edit(String slug, Optional<String> from, byte[] data, NewFile files, Sources sources,
                         Path planFile, Path outDir, boolean mayKeep) throws IOException, RenderException {
        String folder = from.orElse(slug);
        Optional<SiteRecord> published = SiteRecords.read(outDir, folder).filter(r -> !r.info().draft());
        if (published.isEmpty()) {
            return new Publish();
        }
        Path pdf = outDir.resolve(folder).resolve(published.get().info().fileStem() + ".pdf");
        Path publishedData = outDir.resolve(folder).resolve(DATA);
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(publishedData)) {
            return new Publish();
        }
        byte[] before = Files.readAllBytes(pdf);
        // A signed PDF is frozen by KeptSigned, which says what stops it; but an edit that changes nothing printed is
        // held back as for an unsigned one, the signed file standing (s36 review H1: it stopped every build).
        boolean signed = SignedFiles.signed(before);
        Map<String, byte[]> now = sources.read();
        Map<String, byte[]> issued = IssuedSources.published(
                StateFolder.resolve(outDir, SiteUpdate.PUBLISHED).resolve(folder), folder);
        List<String> edited = IssuedSources.edited(now, issued);
        if (edited.isEmpty()) {
            return new Publish(); // the same sources: plandoc computes or prints them otherwise, or the same
        }
        boolean printedSame = java.util.Arrays.equals(Files.readAllBytes(publishedData), data);
        String kept = archivePath(outDir, slug, published.get().info().fileStem());
        Replaced previous = new Replaced(kept, before, ArchivedVersion.Why.REISSUED);
        if (printedSame) {
            // The new PDF carries what the published one does (province.yaml's url:, history:, which no document
            // carries): publishing it replaces nothing issued.
            Optional<byte[]> pdfNow = files.read(pdf.getFileName().toString());
            if (!mayKeep || pdfNow.isPresent() && new SignedFiles.Signed(pdf.getFileName().toString(), before)
                    .sameDocument(pdfNow.get())) {
                return new Publish();
            }
            if (reissueUnprinted) {
                // Publishing the edit replaces the signed file: KeptSigned asks for --replace-signed.
                // The same print: the page says the sources were published again, not that the decision was replaced.
                return signed ? new Publish() : new Reissue(new Replaced(kept, before, ArchivedVersion.Why.REPUBLISHED));
            }
            return new KeepPublished(frozen(RenderProblem.Kind.NOTE, "publish.issued-unprinted", published.get(),
                    edited, now, issued, planFile, slug), IssuedSources.digest(now),
                    published.get().info().numberSymbol(), planFile.getParent().toString(),
                    IssuedSources.sharedOnly(now, issued));
        }
        if (signed) {
            return new Publish(); // KeptSigned says what stops it
        }
        if (!reissue) {
            RenderProblem stop = frozen(RenderProblem.Kind.CONTENT, "publish.issued-changed", published.get(), edited,
                    now, issued, planFile, slug);
            throw new RenderException(stop.kind(), stop.location(), stop.message(), slug, null);
        }
        return new Reissue(previous);
    }

    /**
     * What the build says of an issued document whose sources were edited, {@code key} ("publish.issued-changed"):
     * said at the first line edited, so the officer goes straight to it and can put it back (s34); with "-line" and
     * the published line when there is one.
     */
    private RenderProblem frozen(RenderProblem.Kind kind, String key, SiteRecord published, List<String> edited,
                                        Map<String, byte[]> now, Map<String, byte[]> issued, Path planFile,
                                        String slug) {
        String date = published.info().date().map(plandoc.compute.VietnameseDates::short_).orElse("");
        String number = published.info().numberSymbol();
        String files = String.join(", ", edited);
        String folder = reissueCommand(planFile.getParent().toString());
        Optional<FirstEdit> first = IssuedSources.firstEdit(now, issued, planFile);
        return new RenderProblem(kind, first.map(f -> f.at().toString()).orElse(planFile.toString()),
                first.map(f -> Message.of(key + "-line", number, date, files, String.valueOf(f.at().line()),
                                f.published().map(line -> line.isEmpty() ? "@publish.issued-line-empty" : line)
                                        .orElse("@publish.issued-line-added"), folder))
                        .orElse(Message.of(key, number, date, files, folder)), slug);
    }

    /**
     * Where a re-issued plan's previous PDF is kept: {@code ban-da-thay-the/<slug>/<stem>-thay-the-<today>.pdf}, with
     * "-2", "-3"… when the site holds that name (re-issued twice the same day).
     */
    private static String archivePath(Path outDir, String slug, String stem) {
        String base = ARCHIVE + "/" + slug + "/" + stem + "-thay-the-" + LocalDate.now(plandoc.model.VietnamTime.ZONE);
        String path = base + ".pdf";
        for (int n = 2; Files.exists(outDir.resolve(path)); n++) {
            path = base + "-" + n + ".pdf";
        }
        return path;
    }

    /**
     * Where to open a plan whose version published in the site's folder {@code folder} this build will not replace
     * (a renamed folder's signed PDF, {@link KeptSigned}): the first edit of its sources since then, else its
     * plan.yaml's first line (its sources are as published: the templates or plandoc changed). s34 review L1: the
     * error was located at the PDF, which is not what the officer edits.
     */
    static String editedAt(ResolvedPlan plan, Path root, Path outDir, String folder, Path planFile) {
        try {
            Map<String, byte[]> now = IssuedSources.now(root, plan.sources(), plan.info().slug());
            Map<String, byte[]> issued = IssuedSources.published(
                    StateFolder.resolve(outDir, SiteUpdate.PUBLISHED).resolve(folder), folder);
            if (!IssuedSources.edited(now, issued).isEmpty()) {
                Optional<FirstEdit> first = IssuedSources.firstEdit(now, issued, planFile);
                if (first.isPresent()) {
                    return first.get().at().toString();
                }
            }
        } catch (IOException e) {
            // the sources cannot be read again: the plan.yaml still says which plan
        }
        return new plandoc.diagnostic.SourcePosition(planFile.toString(), 1, 1).toString();
    }
}
