package plandoc.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import plandoc.diagnostic.Message;
import plandoc.history.Commit;
import plandoc.history.Provenance;
import plandoc.history.ProvenanceReader;
import plandoc.history.SourceVersion;
import plandoc.render.RenderProblem;

/**
 * A build reading other content than the site's last build read ({@link ContentRead}) that would take published plans
 * off, move them to other folders or replace a published version with one not made from it (s25 tryout M3: a wrong
 * {@code --content} holding an older copy of the same plans was published over the site as a folder rename). A
 * different folder is no mistake by itself (a checkout moved, a new clone): what it would do to the published plans
 * is. Each is refused, naming both folders, until confirmed with {@code --unpublish}. Outside git (s26 tryout H-1) no
 * commit orders two versions: another folder's sources that differ from the published ones are refused whatever their
 * dates ({@link PlainVersion}), the folder last built never. Content whose HEAD holds the last build's commit is the same
 * content edited ({@link ContentRead#follows}).
 */
final class OtherContent {
    private final ContentRead now;
    private final ContentRead last;

    private OtherContent(ContentRead now, ContentRead last) {
        this.now = now;
        this.last = last;
    }

    /** The check for a build reading {@code now} into {@code outDir}; empty when it reads the content last built. */
    static Optional<OtherContent> of(ContentRead now, Path outDir) {
        return ContentRead.last(outDir).filter(last -> now.otherThan(last) && !now.follows(last))
                .map(last -> new OtherContent(now, last));
    }

    /**
     * The refusals: plans {@code gone} taken off (unless the build already refuses taking off every plan), plans
     * moved by {@code renamed} out of {@code leaving}, published versions replaced by a commit ({@code versions}: the
     * plans published now, each with the version read) whose history does not hold them, and — from another folder —
     * published versions replaced by sources with no commit to compare ({@code plain}: the sources read).
     */
    List<RenderProblem> refusals(String read, Path outDir, List<String> leaving, List<String> gone, boolean goneRefused,
                                 RenamedPlans renamed, Set<String> present, Map<String, Optional<SourceVersion>> versions,
                                 Provenance provenance, Map<String, PlainVersion> plain) {
        String site = outDir.toString();
        String before = last.named(now);
        List<RenderProblem> refused = new ArrayList<>();
        if (!gone.isEmpty() && !goneRefused) {
            refused.add(problem(read, Message.of("publish.other-content-unpublish", read, site, before,
                    String.join(", ", gone))));
        }
        List<String> moved = new ArrayList<>();
        present.stream().sorted().forEach(slug -> renamed.formerSlug(slug).filter(leaving::contains)
                .ifPresent(from -> moved.add(from + " → " + slug)));
        if (!moved.isEmpty()) {
            refused.add(problem(read, Message.of("publish.other-content-rename", read, site, before,
                    String.join(", ", moved))));
        }
        // One refusal per plan replaced, by commit or as a plain copy, alike (s27 tryout 5): the plan, both versions,
        // and the same ways on.
        for (Map.Entry<String, Optional<SourceVersion>> plan : new TreeMap<>(versions).entrySet()) {
            String slug = plan.getKey();
            Optional<SiteRecord> record = SiteRecords.read(outDir, slug);
            Optional<SourceVersion> published = record.flatMap(SiteRecord::version);
            if (published.isPresent() && plan.getValue().isPresent()) {
                if (notFollowing(published.get(), plan.getValue().get(), provenance.history(slug))) {
                    refused.add(problem(read, Message.of("publish.other-content-older", slug, read, site, before,
                            published.get().shortId(), plan.getValue().get().shortId())));
                }
            } else if (record.isPresent() && plain.containsKey(slug) && now.beside(last)) {
                plainCopy(read, outDir, record.get(), plain.get(slug)).ifPresent(refused::add);
            }
        }
        return refused;
    }

    /**
     * A published version replaced by other sources read from another folder, when no commit says which came first
     * (s26 tryout H-1): refused, older or not — a plain copy's file times are the time it was copied as often as the
     * time it was edited — and the refusal says which one the dates make the older.
     */
    private Optional<RenderProblem> plainCopy(String read, Path outDir, SiteRecord record, PlainVersion copy) {
        Optional<PlainVersion> published = PlainVersion.published(outDir, record.slug(), record.info().date());
        if (published.isEmpty() || published.get().sameAs(copy)) {
            return Optional.empty();
        }
        PlainVersion shown = published.get();
        boolean issuedApart = !shown.issuedArgument().equals(copy.issuedArgument());
        return Optional.of(new RenderProblem(RenderProblem.Kind.CONTENT, read, Message.of("publish.other-content-plain",
                record.slug(), read, outDir, last.named(now), shown.argument(issuedApart), copy.argument(issuedApart),
                copy.olderThan(shown) ? "@publish.plain-older" : "@publish.plain-later"), ""));
    }

    /**
     * Whether the version {@code next} does not follow {@code published}: another commit, and {@code published} is not in
     * the plan's history as read now. A history cut at {@link ProvenanceReader#HISTORY_LIMIT} cannot tell: not refused.
     */
    private static boolean notFollowing(SourceVersion published, SourceVersion next, List<Commit> history) {
        return !published.commitId().equals(next.commitId()) && history.size() < ProvenanceReader.HISTORY_LIMIT
                && history.stream().noneMatch(c -> c.id().equals(published.commitId()));
    }

    private static RenderProblem problem(String read, Message message) {
        return new RenderProblem(RenderProblem.Kind.CONTENT, read, message, "");
    }
}
