package plandoc.render.html;

import java.time.format.DateTimeFormatter;
import java.util.List;
import plandoc.history.Commit;
import plandoc.history.Provenance;

/**
 * Where a page comes from, as its footer prints it: the commit it was built from and the plan's
 * history. Empty ({@link #present()} false) outside a git repository, so the footer is simply absent.
 * Nothing here depends on the time of the build: rebuilding the same commit gives the same page.
 *
 * @param commit      the full commit id, "" when unknown
 * @param commitLabel "a1b2c3d", or "a1b2c3d + thay đổi chưa commit" when built from uncommitted files
 * @param history     the plan's commits, newest first (empty on the index page)
 */
public record SourceView(String commit, String commitLabel, List<HistoryLine> history) {
    public static final SourceView NONE = new SourceView("", "", List.of());

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One commit of a plan's history as listed on its page. */
    public record HistoryLine(String date, String author, String message, String commit) {
    }

    public SourceView {
        history = List.copyOf(history);
    }

    /** The site as a whole (the index page): the commit only. */
    public static SourceView of(Provenance provenance) {
        return of(provenance, List.of());
    }

    /** One plan's page: the commit and the plan's own history. */
    public static SourceView of(Provenance provenance, String slug) {
        return of(provenance, provenance.history(slug));
    }

    private static SourceView of(Provenance provenance, List<Commit> commits) {
        return provenance.version().map(v -> new SourceView(v.commitId(),
                v.shortId() + (v.dirty() ? " + thay đổi chưa commit" : ""),
                commits.stream().map(c -> new HistoryLine(c.when().format(DATE), c.author(), c.message(), c.shortId()))
                        .toList()))
                .orElse(NONE);
    }

    public boolean present() {
        return !commit.isEmpty();
    }
}
