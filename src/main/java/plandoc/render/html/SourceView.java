package plandoc.render.html;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import plandoc.history.Commit;
import plandoc.history.Provenance;
import plandoc.history.SourceVersion;

/**
 * Where a page comes from, as its footer prints it: the commit it was built from and the plan's
 * history. Empty ({@link #present()} false) outside a git repository, so the footer is simply absent.
 * Nothing here depends on the time of the build: rebuilding the same commit gives the same page.
 *
 * @param commit      the full commit id, "" when unknown
 * @param commitLabel "a1b2c3d", or "a1b2c3d + thay đổi chưa commit" when built from uncommitted files
 * @param history     the plan's commits, newest first (empty on the index page)
 * @param ownVersion  a plan's page: the commit is the plan's own (the last that touched its folder),
 *                    not the site's, and the footer says so (issue 17)
 */
public record SourceView(String commit, String commitLabel, List<HistoryLine> history, boolean ownVersion) {
    public static final SourceView NONE = new SourceView("", "", List.of(), false);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One commit of a plan's history as listed on its page. */
    public record HistoryLine(String date, String author, String message, String commit) {
    }

    public SourceView {
        history = List.copyOf(history);
    }

    /** The site as a whole (the index page): the site's commit only. */
    public static SourceView of(Provenance provenance) {
        return of(provenance.version(), List.of(), false);
    }

    /** One plan's page: the plan's own version and its history. */
    public static SourceView of(Provenance provenance, String slug) {
        return of(provenance.version(slug), provenance.history(slug), true);
    }

    private static SourceView of(Optional<SourceVersion> version, List<Commit> commits, boolean ownVersion) {
        return version.map(v -> new SourceView(v.commitId(),
                v.shortId() + (v.dirty() ? " + thay đổi chưa commit" : ""),
                commits.stream().map(c -> new HistoryLine(c.when().format(DATE), c.author(), c.message(), c.shortId()))
                        .toList(), ownVersion))
                .orElse(NONE);
    }

    public boolean present() {
        return !commit.isEmpty();
    }
}
