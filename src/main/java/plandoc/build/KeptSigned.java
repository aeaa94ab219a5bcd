package plandoc.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import plandoc.diagnostic.Message;
import plandoc.publish.SignedFiles;
import plandoc.publish.Transaction;
import plandoc.render.RenderException;
import plandoc.render.RenderProblem;
import plandoc.render.RenderedPlan;

/**
 * The signed PDFs a plan's published folder keeps: a build never overwrites or deletes a signed file
 * (README "Văn bản điện tử"). One signed since the last build leaves the plan unchanged; one whose signed
 * document the new version reproduces stays in its place; any other stops the plan or, with
 * {@code --replace-signed}, is archived in {@link SignedFiles#ARCHIVE}.
 */
final class KeptSigned {
    /** {@code build --replace-signed}: a signed PDF the new version does not keep is archived, not refused. */
    private final boolean replace;

    KeptSigned(boolean replace) {
        this.replace = replace;
    }

    /** The signed PDFs this build archived ({@code --replace-signed}), by plan: its page lists them (s32). */
    private final Map<String, List<String>> archived = new java.util.concurrent.ConcurrentHashMap<>();

    /** A renamed plan's signed PDFs this build archived from its old folder, by name, by its new folder's name. */
    private final Map<String, List<String>> archivedAtRename = new java.util.concurrent.ConcurrentHashMap<>();

    /** The signed PDFs of renamed plans' old folders this build archived under the plans' new names: by new name. */
    Map<String, List<String>> archivedAtRename() {
        return archivedAtRename;
    }

    /** The signed PDFs of plan {@code slug} this build archived, from the site root; none when it kept them all. */
    List<String> archivedNow(String slug) {
        return archived.getOrDefault(slug, List.of());
    }

    /**
     * A plan's published files as they are when the only ones not as recorded are PDFs signed since they
     * were written ({@code plandoc sign}, or the province's signing tool): the entry with those files'
     * sizes now, so the plan counts as unchanged and its signed files stay. Empty otherwise.
     */
    static Optional<BuildCache.PlanEntry> withSigned(Path dir, BuildCache.PlanEntry entry) throws IOException {
        Set<String> names = new HashSet<>();
        entry.files().forEach(f -> names.add(f.name()));
        Map<String, Long> now = new HashMap<>();
        for (SignedFiles.Signed file : SignedFiles.in(dir)) {
            if (names.contains(file.name())) {
                now.put(file.name(), (long) file.bytes().length);
            }
        }
        if (now.isEmpty()) {
            return Optional.empty();
        }
        List<BuildCache.OutputFile> files = entry.files().stream()
                .map(f -> new BuildCache.OutputFile(f.name(), now.getOrDefault(f.name(), f.size()))).toList();
        // An edit held back stays so (IssuedFreeze.KeepPublished): the PDF signed over it carries the published sources.
        return BuildCache.present(dir, files)
                ? Optional.of(new BuildCache.PlanEntry(entry.key(), files, entry.links(), entry.unprinted()))
                : Optional.empty();
    }

    /**
     * The former names ({@link RenderedPlan#formerNames}: "…-phu-luc-7.pdf", before plandoc named a separate appendix
     * by its printed number) under which {@code published} holds a signed PDF that still stands for the file
     * {@code rendered} writes under the new name, by the rule {@link #keepSigned} keeps a signed file by. Rendered
     * under those names, the signed appendices stay in place, linked: a province upgrading plandoc neither signs
     * them again nor sees its build stopped. Empty when the plan has no renamed appendix (no folder read).
     */
    static Set<String> signedUnderFormerNames(Path published, RenderedPlan rendered) throws IOException {
        if (rendered.formerNames().isEmpty()) {
            return Set.of();
        }
        Set<String> names = new java.util.TreeSet<>();
        for (SignedFiles.Signed file : SignedFiles.in(published)) {
            String current = rendered.formerNames().get(file.name());
            if (current != null) {
                byte[] now = rendered.file(current).bytes();
                if (file.signs(now) || file.sameDocument(now)) {
                    names.add(file.name());
                }
            }
        }
        return names;
    }

    /**
     * The plan's new version with its signed PDFs kept (a build never overwrites or deletes a signed file,
     * README "Văn bản điện tử"): a signed file whose signed document is the new PDF of the same name, byte
     * for byte, takes that PDF's place. Any other — the new PDF differs, or this build does not write the
     * file (a separate appendix on a build without {@code --separate-appendices}) — stops the plan, whose
     * previous version stays published; with {@code --replace-signed} it is staged into
     * {@link SignedFiles#ARCHIVE} and the new version published.
     */
    Kept keepSigned(RenderedPlan rendered, Path published, Transaction transaction)
            throws IOException, RenderException {
        return keepSigned(rendered, published, transaction, Optional.empty(), () -> published.toString());
    }

    /**
     * As above for a plan whose folder was renamed ({@link RenamedPlans}): {@code published} is its old folder, named
     * {@code from}. A signed PDF there that is still the plan's document moves with it to the new folder; any other
     * stops the plan (its old folder stays published) or, with {@code --replace-signed}, is archived under the plan's
     * new name ({@link #archivedAtRename}).
     *
     * @param planAt where the error that stops a renamed plan is said: in its plan.yaml, the file the officer opens
     */
    Kept keepSigned(RenderedPlan rendered, Path published, Transaction transaction, Optional<String> from,
                    java.util.function.Supplier<String> planAt) throws IOException, RenderException {
        Map<String, byte[]> kept = signedKept(published, rendered.slug(), transaction, name -> rendered.files().stream()
                .filter(f -> f.name().equals(name)).findFirst().map(RenderedPlan.OutputFile::bytes),
                rendered.formerNames().keySet(), from, planAt);
        if (kept.isEmpty()) {
            return new Kept(rendered, List.of());
        }
        List<RenderedPlan.OutputFile> files = rendered.files().stream()
                .map(f -> kept.containsKey(f.name()) ? new RenderedPlan.OutputFile(f.name(), kept.get(f.name())) : f)
                .toList();
        return new Kept(rendered.withFiles(files), List.copyOf(kept.keySet()));
    }

    /**
     * A plan's new version with its signed PDFs in place, and their names (sorted): the build says it kept them,
     * so the officer who signed need not check the file by hand (s20 tryout 15).
     */
    record Kept(RenderedPlan plan, List<String> signed) {
        Kept {
            signed = List.copyOf(signed);
        }
    }

    /**
     * The signed PDFs of the plan's published folder that stand for its new files ({@code now}: a file's new bytes
     * by name, empty when the new version has no such file), by name: a signed file whose signed document is the
     * new file byte for byte, or the same document ({@link SignedFiles.Signed#sameDocument}). Any other stops the
     * plan (a content error at the signed file) or, with {@code --replace-signed}, is staged into the archive.
     * {@code former}: the names the new version once gave files it now names otherwise ({@link RenderedPlan#formerNames}).
     */
    private Map<String, byte[]> signedKept(Path published, String slug, Transaction transaction,
                                           java.util.function.Function<String, Optional<byte[]>> now, Set<String> former,
                                           Optional<String> from, java.util.function.Supplier<String> planAt)
            throws IOException, RenderException {
        List<SignedFiles.Signed> signed = SignedFiles.in(published);
        if (signed.isEmpty()) {
            return Map.of();
        }
        Map<String, byte[]> kept = new TreeMap<>();
        List<SignedFiles.Signed> others = new ArrayList<>();
        for (SignedFiles.Signed file : signed) {
            Optional<byte[]> bytes = now.apply(file.name());
            // One rule whether the folder was renamed in this build, before, or twice: the folder a signed file was
            // signed in is the one its own plan.json names (sameDocumentMoved), not the folder it is found in now.
            if (bytes.isPresent() && (file.signs(bytes.get()) || file.sameDocument(bytes.get())
                    || file.sameDocumentMoved(bytes.get(), slug))) {
                kept.put(file.name(), file.bytes());
            } else {
                others.add(file);
            }
        }
        if (!others.isEmpty() && !replace && from.isPresent()) {
            // Renamed: said as such, with the ways out (s23 review H3: the signed file was archived, exit 0), at the
            // plan.yaml to open, the signed PDFs named in full (s34 review L1).
            throw new RenderException(RenderProblem.Kind.CONTENT, planAt.get(),
                    Message.of("publish.signed-renamed", String.join(", ", others.stream()
                            .map(f -> published.resolve(f.name()).toString()).toList()), from.get(), slug), slug, null);
        }
        if (!others.isEmpty() && !replace) {
            SignedFiles.Signed first = others.get(0);
            // A signed appendix under a former name the render did not keep (signedUnderFormerNames): its document
            // changed; the file is written, under its new name.
            boolean written = now.apply(first.name()).isPresent() || former.contains(first.name());
            String names = String.join(", ", others.stream().map(SignedFiles.Signed::name).toList());
            List<String> differences = now.apply(first.name()).map(b -> first.differences(b, slug))
                    .orElse(List.of());
            Message message = !written ? Message.of("publish.signed-dropped", names)
                    : SignedFiles.Signed.onlyComputed(differences) ? Message.of("publish.signed-changed-data", names)
                    : Message.of("publish.signed-changed", names, String.join(", ", differences));
            throw new RenderException(RenderProblem.Kind.CONTENT, published.resolve(first.name()).toString(), message,
                    slug, null);
        }
        List<String> paths = new ArrayList<>();
        for (SignedFiles.Signed file : others) {
            String path = SignedFiles.archivePath(published.getParent(), slug, file);
            transaction.stageFile(path, file.bytes());
            paths.add(path);
        }
        if (!paths.isEmpty()) {
            archived.put(slug, List.copyOf(paths));
        }
        // Renamed: archived under the plan's new name, where its record lists them and a later build finds them to
        // put back; the old folder, taken out of the site, does not archive them again (s34: they were kept under
        // the old name, listed by no record).
        from.ifPresent(old -> archivedAtRename.put(slug, others.stream().map(SignedFiles.Signed::name).toList()));
        return kept;
    }

    /**
     * {@code build --merge}: the site's signed PDFs of a plan a shard's folder will replace, as a build treats them
     * ({@link #signedKept}), the shard's files being the new version: those to put back over the shard's copies.
     */
    Map<String, byte[]> mergeSigned(Path shardFolder, Path published, String slug, Transaction transaction,
                                    Map<String, String> former) throws IOException, RenderException {
        if (!replace) {
            // An appendix signed under the name plandoc gave it before session 18: a shard, rendered without the site's
            // signed files, names it the new way, and its pages link that name. Said as such, not "no longer written".
            for (SignedFiles.Signed file : SignedFiles.in(published)) {
                String now = former.get(file.name());
                if (now != null && !Files.isRegularFile(shardFolder.resolve(file.name()))
                        && Files.isRegularFile(shardFolder.resolve(now))) {
                    throw new RenderException(RenderProblem.Kind.CONTENT, published.resolve(file.name()).toString(),
                            Message.of("publish.signed-former-merge", file.name(), now), slug, null);
                }
            }
        }
        try {
            return signedKept(published, slug, transaction, name -> {
                Path file = shardFolder.resolve(name);
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, former.keySet(), Optional.empty(), () -> published.toString());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A shard's record with the sizes of the signed files kept in place of its own, as a build records them. */
    static SiteRecord withSizes(SiteRecord record, Map<String, byte[]> signed) {
        List<BuildCache.OutputFile> files = record.files().stream().map(f -> signed.containsKey(f.name())
                ? new BuildCache.OutputFile(f.name(), signed.get(f.name()).length) : f).toList();
        return new SiteRecord(record.slug(), record.key(), record.folder(), record.info(), record.summary(),
                record.agencyWork(), record.problems(), files, record.version(), record.aliases(), record.archived(),
                record.format());
    }
}
