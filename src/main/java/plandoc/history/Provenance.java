package plandoc.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build was made from: the commit, each plan's own version and the commits that touched each
 * plan's folder (newest first). {@link #NONE} outside a git repository, where pages simply carry no
 * provenance.
 *
 * @param version   the site's commit (HEAD, dirty when content or templates differ from it), absent outside git
 * @param histories plan slug → its commits, newest first
 * @param plans     plan slug → its own version: the last commit that touched its folder, dirty only when
 *                  the folder's files differ from it (issue 17: a commit to one plan leaves the others'
 *                  pages as they are)
 * @param changes   plan slug → commit id → what that commit changed in the plan's document; a commit
 *                  without one (nothing compared it) is listed with its message only
 * @param changedBeside files differing from HEAD lie outside every plan folder read (templates, the agency
 *                  register, a plan folder not read): what makes the published site differ from HEAD
 *                  whichever plans are published; a plan folder's own changes count only if that version
 *                  of the plan is the one published (a plan with errors keeps its last good version)
 */
public record Provenance(Optional<SourceVersion> version, Map<String, List<Commit>> histories,
                         Map<String, SourceVersion> plans, Map<String, Map<String, ContentChange>> changes,
                         boolean changedBeside) {
    public static final Provenance NONE = new Provenance(Optional.empty(), Map.of(), Map.of());

    public Provenance {
        Map<String, List<Commit>> copy = new LinkedHashMap<>();
        histories.forEach((slug, commits) -> copy.put(slug, List.copyOf(commits)));
        histories = java.util.Collections.unmodifiableMap(copy);
        plans = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(plans));
        Map<String, Map<String, ContentChange>> byPlan = new LinkedHashMap<>();
        changes.forEach((slug, byCommit) -> byPlan.put(slug, Map.copyOf(byCommit)));
        changes = java.util.Collections.unmodifiableMap(byPlan);
    }

    /** Every differing file counted as lying beside the plans: the site is dirty whenever HEAD's is. */
    public Provenance(Optional<SourceVersion> version, Map<String, List<Commit>> histories,
                      Map<String, SourceVersion> plans, Map<String, Map<String, ContentChange>> changes) {
        this(version, histories, plans, changes, version.map(SourceVersion::dirty).orElse(false));
    }

    /** Without what each commit changed: the history lists commits with their messages. */
    public Provenance(Optional<SourceVersion> version, Map<String, List<Commit>> histories,
                      Map<String, SourceVersion> plans) {
        this(version, histories, plans, Map.of());
    }

    /** Without plans' own versions: every plan then names the site's commit. */
    public Provenance(Optional<SourceVersion> version, Map<String, List<Commit>> histories) {
        this(version, histories, Map.of());
    }

    public List<Commit> history(String slug) {
        return histories.getOrDefault(slug, List.of());
    }

    /**
     * Whether a plan's page and PDF print the same from this provenance as from {@code other}: its own
     * version and its history are all they read of it.
     */
    public boolean printsAlike(Provenance other, String slug) {
        return version(slug).equals(other.version(slug)) && entries(slug).equals(other.entries(slug));
    }

    /** The plan's history, newest first, each commit with what it changed in the document when that is known. */
    public List<HistoryEntry> entries(String slug) {
        Map<String, ContentChange> byCommit = changes.getOrDefault(slug, Map.of());
        return history(slug).stream()
                .map(c -> new HistoryEntry(c, Optional.ofNullable(byCommit.get(c.id())))).toList();
    }

    /**
     * The site's version as published: HEAD, dirty only when files beside the plans differ from it or a
     * published plan's page names a dirty version of its own. {@code published} holds the version each
     * published plan's page names — a plan with errors keeps the one it was published with, which need not
     * be its folder as it now is (the index said "+ thay đổi chưa commit" for a broken edit nobody sees).
     */
    public Optional<SourceVersion> published(java.util.Collection<SourceVersion> published) {
        return version.map(head -> new SourceVersion(head.commitId(),
                changedBeside || published.stream().anyMatch(SourceVersion::dirty)));
    }

    /** The version a plan's page and PDF name: its own, or the site's for a plan not read from git. */
    public Optional<SourceVersion> version(String slug) {
        return version.map(site -> plans.getOrDefault(slug, site));
    }
}
