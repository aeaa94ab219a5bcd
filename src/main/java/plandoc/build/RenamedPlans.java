package plandoc.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.PlanOutcome;
import plandoc.compute.DocumentNumber;
import plandoc.publish.StateFolder;

/**
 * Plans whose folder was renamed (s23 review H3, M2): in one build the site's plan {@code from} leaves the content
 * and a plan new to the site, {@code to}, issues the same document — the same file stem ("4086-QD-UBND", from its
 * number, symbol and issuer). A build treats the pair as one plan moving, not one removed and one added: the signed
 * PDFs of {@code from} follow it to {@code to} when they are still its document ({@link KeptSigned}), and while
 * {@code to} cannot be published (errors, or a signed file it would replace) {@code from} stays published as it was.
 * A stem several leaving or several arriving plans share (drafts' "du-thao-…") pairs nothing.
 */
public final class RenamedPlans {
    /** The document {@code numberSymbol} ("4086/QĐ-UBND") moving from folder {@code from} to folder {@code to}. */
    public record Rename(String from, String to, String numberSymbol) {
    }

    private static final RenamedPlans NONE = new RenamedPlans(Map.of());

    /** By new folder name. */
    private final Map<String, Rename> byNew;
    /** Old folder names this build kept published because their new folder could not be (by old name). */
    private final Map<String, Rename> heldBack = new java.util.concurrent.ConcurrentHashMap<>();

    private RenamedPlans(Map<String, Rename> byNew) {
        this.byNew = Map.copyOf(byNew);
    }

    public static RenamedPlans none() {
        return NONE;
    }

    /**
     * The renames among {@code outcomes} (every plan of the content, checked or known by its record) against what
     * {@code site} publishes. Reads the site records of the plans leaving it only: none in an ordinary build.
     */
    public static RenamedPlans of(List<PlanOutcome> outcomes, Path site) {
        if (!Files.isRegularFile(StateFolder.resolve(site, BuildCache.FILE))) {
            return NONE;
        }
        Set<String> published = new HashSet<>(BuildCache.read(site).planSlugs());
        Set<String> present = new HashSet<>();
        outcomes.forEach(o -> present.add(o.slug()));
        Map<String, List<SiteRecord>> leaving = new HashMap<>();
        for (String slug : published) {
            if (!present.contains(slug)) {
                SiteRecords.read(site, slug).filter(r -> !r.info().draft())
                        .ifPresent(r -> leaving.computeIfAbsent(r.info().fileStem(), s -> new java.util.ArrayList<>()).add(r));
            }
        }
        if (leaving.isEmpty()) {
            return NONE;
        }
        Map<String, List<PlanOutcome>> arriving = new HashMap<>();
        for (PlanOutcome outcome : outcomes) {
            if (!published.contains(outcome.slug())) {
                stem(outcome).ifPresent(stem -> arriving.computeIfAbsent(stem, s -> new java.util.ArrayList<>()).add(outcome));
            }
        }
        Map<String, Rename> byNew = new LinkedHashMap<>();
        leaving.forEach((stem, records) -> {
            List<PlanOutcome> to = arriving.getOrDefault(stem, List.of());
            if (records.size() == 1 && to.size() == 1) {
                SiteRecord from = records.get(0);
                byNew.put(to.get(0).slug(), new Rename(from.slug(), to.get(0).slug(), from.info().numberSymbol()));
            }
        });
        return new RenamedPlans(byNew);
    }

    /**
     * The file stem of the document a plan issues: as computed, as its record says, or — a plan with errors — from its
     * number as read; empty for a draft (no number yet) or a plan whose plan.yaml could not be read.
     */
    private static Optional<String> stem(PlanOutcome outcome) {
        if (outcome.draft()) {
            return Optional.empty();
        }
        return outcome.resolved().map(r -> r.info().fileStem())
                .or(() -> outcome.record().map(r -> r.info().fileStem()))
                .or(() -> outcome.plan().flatMap(p -> DocumentNumber.fileStem(p.document())));
    }

    /** The folder the plan {@code slug}, new to the site, was published under before it was renamed. */
    public Optional<String> formerSlug(String slug) {
        return Optional.ofNullable(byNew.get(slug)).map(Rename::from);
    }

    /** The rename that kept {@code slug} (an old folder name) published in this build. */
    public Optional<Rename> heldBack(String slug) {
        return Optional.ofNullable(heldBack.get(slug));
    }

    /** Whether {@code slug} is a renamed plan's new folder that this build could not publish (its old one stays). */
    public boolean heldBackAt(String slug) {
        return heldBack.values().stream().anyMatch(r -> r.to().equals(slug));
    }

    /**
     * {@code secret} with the old folder of each plan renamed into a secret one: it leaves the site as a secret plan's
     * does, its signed PDFs kept outside the site ({@link SecretArchive}), not in the site's public archive.
     */
    Set<String> secretAlong(Set<String> secret) {
        Set<String> along = new HashSet<>(secret);
        byNew.values().stream().filter(r -> secret.contains(r.to())).forEach(r -> along.add(r.from()));
        return along;
    }

    /**
     * Keeps published, listed and in the index, each renamed plan's old folder when its new folder was not published
     * (it has errors, or its render stopped at a signed file): "a plan with errors keeps its last published version"
     * holds when its folder's name changed too. Adds to {@code listed}, {@code records} and {@code kept}.
     */
    void holdBack(Set<String> listed, Set<String> secret, List<SiteRecord> records, BuildCache cache, Path outDir,
                  List<String> kept) {
        for (Rename rename : byNew.values()) {
            // A secret plan is withheld, not failed: its old folder is not kept public for it.
            if (listed.contains(rename.to()) || listed.contains(rename.from()) || secret.contains(rename.to())) {
                continue;
            }
            Optional<String> key = cache.plan(rename.from()).map(BuildCache.PlanEntry::key);
            Optional<SiteRecord> record = SiteRecords.read(outDir, rename.from())
                    .filter(r -> key.equals(Optional.of(r.key())));
            if (record.isPresent()) {
                records.add(record.get());
                listed.add(rename.from());
                kept.add(rename.from());
                heldBack.put(rename.from(), rename);
            }
        }
    }

    /**
     * Whether the signed PDF {@code name} of the old folder {@code slug} went with its plan to the new folder (in
     * {@code signedKept} there: moved, or archived under the new name): not archived from the old folder.
     */
    boolean carried(String slug, String name, Map<String, List<String>> signedKept) {
        return byNew.values().stream().anyMatch(r -> r.from().equals(slug)
                && signedKept.getOrDefault(r.to(), List.of()).contains(name));
    }
}
