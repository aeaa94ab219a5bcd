package plandoc.render.html;

import java.util.List;
import java.util.Optional;
import plandoc.compute.FigureForm;
import plandoc.resolved.SearchHint;

/**
 * The root of {@code index.ftlh}: every plan published by this build, in the order compute gave them.
 *
 * @param agencyView the agency view's path from the index, or "" when there is none
 * @param source     the commit the site was built from; {@link SourceView#NONE} outside git
 * @param portal     the portal's name ({@code content/province.yaml}), or "" for the generic titles
 * @param count      how many plans, in the chrome's number form ("1.234", English "1,234")
 * @param resultCount the line above the list, finished: "50 trong số 1.234 văn bản" when the list runs past its
 *                    first page, else "3 văn bản" (English "1 document", "3 documents")
 * @param searchExample what the search box suggests typing, taken from this site's own plans ("424/QĐ-UBND, Sở
 *                      Thông tin và Truyền thông"): a fixed example would name another province's documents
 * @param searchExampleNarrow the example a phone's search box shows instead (the number alone: an agency's name is
 *                      cut off at 390 px, s36 review L2); the same as {@code searchExample} when that is short
 * @param pageSize   rows on the first page, always {@link #PAGE_ROWS}: given to the template so the page, its
 *                   {@code <noscript>} line and the search data's paging cannot disagree
 * @param guide      the officers' guide's path from the index, or "" when this site does not publish it
 *                   ({@code content/province.yaml}, {@code guide:})
 * @param singularCount the search script's count line for one document ("{total} document") where the chrome's
 *                      language has a singular form of its own; Vietnamese has one form
 * @param searchHint the examples a search that finds nothing gives, from this site's newest issued document
 *                   (compute.SearchHints); none when the site has no issued document
 */
public record IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                        String count, String resultCount, String searchExample, String searchExampleNarrow, int pageSize,
                        String guide, Optional<String> singularCount, Optional<SearchHint> searchHint) {
    /** Rows on the index's first page, printed in the page itself; the search data pages by as many. */
    public static final int PAGE_ROWS = 50;

    public IndexPage {
        entries = List.copyOf(entries);
        java.util.Objects.requireNonNull(singularCount, "singularCount: Optional.empty() for a language with one form");
        java.util.Objects.requireNonNull(searchHint, "searchHint: Optional.empty() for a site without an example");
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                     SiteText text, String searchExample, String searchExampleNarrow, String guide,
                     Optional<SearchHint> searchHint) {
        this(entries, assets, agencyView, source, portal, FigureForm.of(text.language()).format(entries.size()),
                resultCount(entries.size(), text), searchExample, searchExampleNarrow, PAGE_ROWS, guide,
                singularCount(text), searchHint);
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                     SiteText text, String searchExample, String guide, Optional<SearchHint> searchHint) {
        this(entries, assets, agencyView, source, portal, text, searchExample, searchExample, guide, searchHint);
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                     SiteText text, String searchExample, String guide) {
        this(entries, assets, agencyView, source, portal, text, searchExample, guide, Optional.empty());
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                     SiteText text) {
        this(entries, assets, agencyView, source, portal, text,
                entries.isEmpty() || entries.get(0).info().draft() ? "" : entries.get(0).info().numberSymbol(), "");
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal) {
        this(entries, assets, agencyView, source, portal, SiteText.vietnamese());
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source) {
        this(entries, assets, agencyView, source, "");
    }

    public IndexPage(List<IndexEntry> entries, String assets) {
        this(entries, assets, "");
    }

    /** An index without provenance (built outside git). */
    public IndexPage(List<IndexEntry> entries, String assets, String agencyView) {
        this(entries, assets, agencyView, SourceView.NONE);
    }

    /** The rows the page itself prints: the first {@link #pageSize}; the search data pages through the rest. */
    public List<IndexEntry> firstPage() {
        return entries.subList(0, Math.min(entries.size(), pageSize));
    }

    /**
     * Whether the search form offers the filter by status (in force, replaced, no longer in force): only on a site
     * where some document is replaced or no longer in force.
     */
    public boolean statusFilter() {
        return entries.stream().anyMatch(e -> !e.info().standing().status().isEmpty());
    }

    /** Whether the list runs past its first page (the page then says, without JavaScript, that it shows only those). */
    public boolean morePages() {
        return entries.size() > pageSize;
    }

    /** The singular count line for the template, "" when the language has one form (the script then uses the plural). */
    public String countOne() {
        return singularCount.orElse("");
    }

    /** The search examples for the template's {@code <#list>}: one, or none when the site has no example. */
    public List<SearchHint> searchHints() {
        return searchHint.stream().toList();
    }

    private static Optional<String> singularCount(SiteText text) {
        String one = text.text("script.count-one");
        return one.equals(text.text("script.count")) ? Optional.empty() : Optional.of(one);
    }

    /** "50 trong số 1.234 văn bản" past one page, else "3 văn bản"; the noun agrees with the whole count. */
    static String resultCount(int count, SiteText text) {
        FigureForm form = FigureForm.of(text.language());
        String all = form.format(count) + " " + text.text(count == 1 ? "index.document" : "index.documents");
        return count > PAGE_ROWS ? form.format(PAGE_ROWS) + " " + text.text("index.of") + " " + all : all;
    }
}
