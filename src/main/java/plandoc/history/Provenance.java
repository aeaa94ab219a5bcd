package plandoc.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a build was made from: the commit, and the commits that touched each plan's folder (newest
 * first). {@link #NONE} outside a git repository, where pages simply carry no provenance.
 *
 * @param version   the commit, absent outside git
 * @param histories plan slug → its commits, newest first
 */
public record Provenance(Optional<SourceVersion> version, Map<String, List<Commit>> histories) {
    public static final Provenance NONE = new Provenance(Optional.empty(), Map.of());

    public Provenance {
        Map<String, List<Commit>> copy = new LinkedHashMap<>();
        histories.forEach((slug, commits) -> copy.put(slug, List.copyOf(commits)));
        histories = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Commit> history(String slug) {
        return histories.getOrDefault(slug, List.of());
    }
}
