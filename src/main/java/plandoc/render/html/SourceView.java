package plandoc.render.html;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.history.ContentChange;
import plandoc.history.HistoryEntry;
import plandoc.history.Provenance;
import plandoc.history.SourceVersion;

/**
 * Where a page comes from, as its footer prints it: the commit it was built from and the plan's
 * history. Empty ({@link #present()} false) outside a git repository, so the footer is simply absent.
 * Nothing here depends on the time of the build: rebuilding the same commit gives the same page.
 *
 * @param commit      the full commit id, "" when unknown
 * @param commitLabel "a1b2c3d", the commit's short id
 * @param history     the plan's versions, newest first (empty on the index page)
 * @param ownVersion  a plan's page: the commit is the plan's own (the last that touched its folder),
 *                    not the site's, and the footer says so (issue 17)
 * @param older       the index: published plans whose pages name another commit than the one the site's
 *                    commit holds for them (a plan with errors committed keeps its last good version)
 * @param uncommitted built from uncommitted files: the page says so after the commit, in the chrome's language
 */
public record SourceView(String commit, String commitLabel, List<HistoryLine> history, boolean ownVersion,
                         List<OlderPlan> older, boolean uncommitted) {
    public static final SourceView NONE = new SourceView("", "", List.of(), false);

    /**
     * A plan the site shows at another version than its commit holds.
     *
     * @param numberSymbol "424/QĐ-UBND"
     * @param commitLabel  as {@link SourceView#commitLabel}
     * @param uncommitted  as {@link SourceView#uncommitted}
     */
    public record OlderPlan(String numberSymbol, String commit, String commitLabel, boolean uncommitted) {
    }

    public SourceView(String commit, String commitLabel, List<HistoryLine> history, boolean ownVersion) {
        this(commit, commitLabel, history, ownVersion, List.of(), false);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * One version of a plan as its history lists it.
     *
     * @param change what the version changed in the document ("Sửa kinh phí 3 dự án (Phụ lục 3)"), in the
     *               chrome's language, or the commit message when that was not computed (a preview)
     * @param note   the commit message, as the author's note beside the change; "" when it is the change
     * @param kind   "first", "changed", "unchanged", "not-compared"; "" when not computed: the row's style
     */
    public record HistoryLine(String date, String author, String change, String note, String commit, String kind) {
        static HistoryLine of(HistoryEntry entry, String language) {
            String date = entry.commit().when().format(DATE);
            String message = entry.commit().message();
            return entry.change()
                    .map(c -> new HistoryLine(date, entry.commit().author(), c.summary(language), message,
                            entry.commit().shortId(), kind(c.kind())))
                    .orElseGet(() -> new HistoryLine(date, entry.commit().author(), message, "", entry.commit().shortId(), ""));
        }

        /** This line in {@link SourceView#digestText()}. */
        String digestText() {
            return String.join("\u0000", date, author, change, note, commit, kind);
        }

        private static String kind(ContentChange.Kind kind) {
            return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public SourceView {
        history = List.copyOf(history);
        older = List.copyOf(older);
    }

    /** The site as a whole (the index page): the site's commit only. */
    public static SourceView of(Provenance provenance) {
        return of(provenance.version(), List.of(), false, SiteText.DOCUMENT_LANGUAGE);
    }

    /** One plan's page: the plan's own version and its history, in Vietnamese (the page's input key). */
    public static SourceView of(Provenance provenance, String slug) {
        return of(provenance, slug, true);
    }

    /**
     * One plan's page: the plan's own version, and its history when {@code history} (province.yaml's
     * {@code history:}; by default a draft build's pages only: the published site lists no drafters' commits).
     */
    public static SourceView of(Provenance provenance, String slug, boolean history) {
        return of(provenance, slug, history, SiteText.DOCUMENT_LANGUAGE);
    }

    /**
     * As above, each version's change said in {@code language} (the site chrome's, {@code --lang}): the
     * history is chrome describing the document's versions; what it quotes of the document stays as written.
     */
    public static SourceView of(Provenance provenance, String slug, boolean history, String language) {
        return of(provenance.version(slug), history ? provenance.entries(slug) : List.of(), true, language);
    }

    /**
     * The index page of a site as published: {@code version} from {@link Provenance#published}, and the
     * plans shown at another version than it holds, each with the version its page names.
     */
    public static SourceView site(Optional<SourceVersion> version, List<Map.Entry<String, SourceVersion>> older) {
        return version.map(v -> new SourceView(v.commitId(), v.shortId(), List.of(), false, older.stream()
                        .map(o -> new OlderPlan(o.getKey(), o.getValue().commitId(), o.getValue().shortId(),
                                o.getValue().dirty())).toList(), v.dirty()))
                .orElse(NONE);
    }

    private static SourceView of(Optional<SourceVersion> version, List<HistoryEntry> entries, boolean ownVersion,
                                 String language) {
        return version.map(v -> new SourceView(v.commitId(), v.shortId(),
                entries.stream().map(e -> HistoryLine.of(e, language)).toList(), ownVersion, List.of(), v.dirty()))
                .orElse(NONE);
    }

    /**
     * What the page prints of its source, as text for the page's input key. Written out rather than the
     * record's own {@code toString()}, whose first call links an invokedynamic bootstrap per record type
     * (~8 ms of a cold build, issue 17).
     */
    public String digestText() {
        StringBuilder text = new StringBuilder(commit).append('\u0000').append(commitLabel).append('\u0000')
                .append(ownVersion).append('\u0000').append(uncommitted);
        for (HistoryLine line : history) {
            text.append('\u0001').append(line.digestText());
        }
        for (OlderPlan plan : older) {
            text.append('\u0002').append(plan.numberSymbol()).append('\u0000').append(plan.commit())
                    .append('\u0000').append(plan.commitLabel()).append('\u0000').append(plan.uncommitted());
        }
        return text.toString();
    }

    public boolean present() {
        return !commit.isEmpty() || !history.isEmpty();
    }

    /** Whether the footer names a version ("Nội dung văn bản theo phiên bản 4715f53"). */
    public boolean versionShown() {
        return !commitLabel.isEmpty();
    }

    /**
     * As a page of {@code draftBuild} shows it. The published site names no version no commit holds: "4715f53 +
     * thay đổi chưa commit" told citizens of developer work, and named a commit (the HEAD of the repository around the
     * content, plandoc's own in s32 tryout L1) that never held the document. The drafts site keeps it, the drafters'
     * working record; plan.json and the PDF's metadata keep it everywhere.
     */
    public SourceView shownOn(boolean draftBuild) {
        if (draftBuild || (!uncommitted && older.stream().noneMatch(OlderPlan::uncommitted))) {
            return this;
        }
        List<OlderPlan> committed = older.stream().filter(o -> !o.uncommitted()).toList();
        return uncommitted ? new SourceView("", "", history, ownVersion, committed, false)
                : new SourceView(commit, commitLabel, history, ownVersion, committed, false);
    }
}
