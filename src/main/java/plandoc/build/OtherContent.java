package plandoc.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * is. Each is refused, naming both folders, until confirmed with {@code --unpublish}.
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
        return ContentRead.last(outDir).filter(now::otherThan).map(last -> new OtherContent(now, last));
    }

    /**
     * The refusals: plans {@code gone} taken off (unless the build already refuses taking off every plan), plans
     * moved by {@code renamed} out of {@code leaving}, and published versions of {@code records} replaced by a version
     * whose history does not hold them.
     */
    List<RenderProblem> refusals(String read, Path outDir, List<String> leaving, List<String> gone, boolean goneRefused,
                                 RenamedPlans renamed, Set<String> present, List<SiteRecord> records,
                                 Provenance provenance) {
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
        List<String> replaced = new ArrayList<>();
        for (SiteRecord record : records) {
            Optional<SourceVersion> published = SiteRecords.read(outDir, record.slug()).flatMap(SiteRecord::version);
            if (published.isPresent() && record.version().isPresent()
                    && notFollowing(published.get(), record.version().get(), provenance.history(record.slug()))) {
                replaced.add(record.slug() + " (" + published.get().shortId() + " → " + record.version().get().shortId()
                        + ")");
            }
        }
        if (!replaced.isEmpty()) {
            refused.add(problem(read, Message.of("publish.other-content-older", read, site, before,
                    String.join(", ", replaced))));
        }
        return refused;
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
