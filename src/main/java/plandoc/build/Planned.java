package plandoc.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import plandoc.diagnostic.Message;
import plandoc.history.Provenance;
import plandoc.render.RenderProblem;

/**
 * One plan of this build: its key and whether its published files already match it; when they
 * do, its site record (and whether that must be staged again: made now from the resolved plan).
 * {@link #plan} decides it for every plan of a build: rendered again, unchanged or kept as published.
 */
record Planned(PlanSource source, String key, boolean fresh, Optional<SiteRecord> record,
              boolean restageRecord) {
    Planned(PlanSource source, String key, boolean fresh) {
        this(source, key, fresh, Optional.empty(), false);
    }

    String slug() {
        return source.slug();
    }

    /**
     * Each plan of {@code plans} by slug, with its key and whether its published files already match it.
     *
     * @param whole  plans whose published files were found whole against {@code cache} a moment ago
     * @param signed filled with the plans whose files are whole but for PDFs signed since: their entry in
     *               {@code cache} now gives those files' sizes
     * @param freeze which issued documents stay as published though their sources changed ({@link IssuedFreeze})
     */
    static Map<String, Planned> plan(List<PlanSource> plans, Provenance provenance, Path outDir, String base,
                                     boolean clean, BuildCache cache, Set<String> whole, Set<String> signed,
                                     IssuedFreeze freeze, List<RenderProblem> problems) throws IOException {
        Map<String, Planned> planned = new LinkedHashMap<>();
        Map<Path, String> shared = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        for (PlanSource source : plans) {
            String slug = source.slug();
            if (!slugs.add(slug)) {
                problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, source.folder().toString(),
                        Message.of("render.duplicate-slug", slug), slug));
                continue;
            }
            Optional<BuildCache.PlanEntry> entry = cache.plan(slug);
            boolean present = entry.isPresent()
                    && (whole.contains(slug) || BuildCache.present(outDir.resolve(slug), entry.get().files()));
            boolean signedSince = false;
            if (entry.isPresent() && !present) {
                entry = KeptSigned.withSigned(outDir.resolve(slug), entry.get());
                if (entry.isPresent()) {
                    cache.putPlan(slug, entry.get());
                    signed.add(slug);
                    present = true;
                    signedSince = true;
                } else {
                    entry = cache.plan(slug);
                }
            }
            if (source.standing() == PlanSource.Standing.LAST_GOOD) {
                // Never rendered again from its old sources: its published files are kept as they are.
                Planned kept = present ? fresh(source, entry.get(), provenance, outDir) : null;
                if (kept != null && kept.record().isPresent()) {
                    planned.put(slug, kept);
                } else {
                    problems.add(new RenderProblem(RenderProblem.Kind.CONTENT, source.folder().toString(),
                            Message.of("publish.last-good-missing"), slug));
                }
                continue;
            }
            // A plan taken from its record was keyed a moment ago, when the check chose the record.
            String key = source.resolved().isEmpty() && source.record().isPresent() ? source.record().get().key()
                    : ownKey(base, shared, provenance, slug, source);
            // Signed since the last build: rendered again, so that its page says the PDF is signed (the render
            // reproduces the document the signature covers, which stays in place: KeptSigned).
            // Only the plan's own PDF: an old name's copy signed in place (DropOldNamesBuildTest) says nothing on the page.
            boolean pageToMark = signedSince && source.resolved().isPresent() && ownPdfSigned(outDir.resolve(slug),
                    source.resolved().get().info().fileStem());
            // --clean renders again what this build can: a plan known only by its record (another plan's, in a build
            // of one plan folder) stays as published, not as one "kept because of errors" (s30 review R4).
            boolean renderAgain = clean && source.resolved().isPresent();
            // A --reissue says again the edits held back: their plans are rendered, though their entries stand; a plan
            // known by its record only (another plan's, in a build of one plan folder) stays as published.
            boolean sayAgain = present && source.resolved().isPresent() && freeze.rendersHeldBack(entry.get());
            boolean stands = !renderAgain && present && !pageToMark && !sayAgain;
            Planned fresh = stands && entry.get().key().equals(key) ? fresh(source, entry.get(), provenance, outDir)
                    : stands && freeze.keepsUnprinted(entry.get(), key) ? unprinted(source, entry.get(), outDir) : null;
            planned.put(slug, fresh != null && fresh.record().isPresent() ? fresh : new Planned(source, key, false));
        }
        return planned;
    }

    /**
     * A plan whose published files match its key, with its record: made again from the plan when it
     * was resolved (then staged if it differs from the one kept), else the one it came with or kept.
     */
    private static Planned fresh(PlanSource source, BuildCache.PlanEntry entry, Provenance provenance, Path outDir) {
        String key = entry.key();
        Optional<SiteRecord> kept = source.record().filter(r -> r.key().equals(key))
                .or(() -> SiteRecords.read(outDir, source.slug()).filter(r -> r.key().equals(key)));
        if (source.resolved().isEmpty()) {
            return new Planned(source, key, true, kept, false);
        }
        boolean lastGood = source.standing() == PlanSource.Standing.LAST_GOOD;
        SiteRecord made = SiteRecord.of(key, source.folder().toString(), source.resolved().get(),
                entry.links(), provenance.entries(source.slug()), source.problems(), entry.files(),
                // A last good version read again from its sources: which version its page names is not known.
                lastGood ? Optional.empty() : provenance.version(source.slug()))
                // Its folder is as published, old names kept included.
                .withAliases(kept.map(SiteRecord::aliases).orElse(new TreeMap<>()));
        // Read again from its published copies, not the sources it was published from: dated as it was then.
        // Its PDF as published: signed as its record says (read when it was published); its page as published:
        // linking the versions its record lists (s33: a record made again here had lost them, so a build that
        // found the plan published by another build, or by the recovery of a killed one, dropped them).
        made = made.withSignatures(kept.map(k -> k.summary().signatures()).orElse(List.of()))
                .withArchived(kept.map(SiteRecord::archived).orElse(List.of()));
        byte[] bytes = SiteRecords.bytes(lastGood ? withEdited(made, kept.flatMap(k -> k.summary().edited())) : made);
        boolean same = kept.map(r -> java.util.Arrays.equals(SiteRecords.bytes(r), bytes)).orElse(false);
        return new Planned(source, key, true, SiteRecords.parse(bytes), !same);
    }

    /**
     * An issued document whose sources were edited since it was published, nothing printed changed, as a build said
     * once ({@link IssuedFreeze.KeepPublished}): its published files and record stand as they are, not rendered.
     */
    private static Planned unprinted(PlanSource source, BuildCache.PlanEntry entry, Path outDir) {
        return new Planned(source, entry.key(), true,
                SiteRecords.read(outDir, source.slug()).filter(r -> r.key().equals(entry.key())), false);
    }

    /** Whether the plan's PDF under its current name ({@code stem}.pdf) in its published folder is signed. */
    /** A checked plan's key: its own inputs, and the other documents its page names. */
    private static String ownKey(String base, Map<Path, String> shared, Provenance provenance, String slug,
                                 PlanSource source) throws java.io.IOException {
        String own = PlanKeys.planKey(base, shared, provenance, slug, source.folder());
        return source.resolved().map(r -> PlanKeys.withOtherDocuments(own, r.info())).orElse(own);
    }

    private static boolean ownPdfSigned(Path folder, String stem) throws java.io.IOException {
        return plandoc.publish.SignedFiles.in(folder).stream().anyMatch(f -> f.name().equals(stem + ".pdf"));
    }

    private static SiteRecord withEdited(SiteRecord r, java.util.Optional<java.time.ZonedDateTime> edited) {
        return new SiteRecord(r.slug(), r.key(), r.folder(), r.info(), r.summary().withEdited(edited), r.agencyWork(),
                r.problems(), r.files(), r.version(), r.aliases(), r.archived(), r.format());
    }
}
