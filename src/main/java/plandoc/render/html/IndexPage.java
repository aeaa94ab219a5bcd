package plandoc.render.html;

import java.util.List;
import plandoc.compute.FigureForm;

/**
 * The root of {@code index.ftlh}: every plan published by this build, in the order compute gave them.
 *
 * @param agencyView the agency view's path from the index, or "" when there is none
 * @param source     the commit the site was built from; {@link SourceView#NONE} outside git
 * @param portal     the portal's name ({@code content/province.yaml}), or "" for the generic titles
 * @param count      how many plans, in the chrome's number form ("1.234", English "1,234")
 * @param searchExample what the search box suggests typing, taken from this site's own plans ("424/QĐ-UBND, Sở
 *                      Thông tin và Truyền thông"): a fixed example would name another province's documents
 */
public record IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                        String count, String searchExample) {
    public IndexPage {
        entries = List.copyOf(entries);
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                     FigureForm form, String searchExample) {
        this(entries, assets, agencyView, source, portal, form.format(entries.size()), searchExample);
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal,
                     FigureForm form) {
        this(entries, assets, agencyView, source, portal, form,
                entries.isEmpty() || entries.get(0).info().draft() ? "" : entries.get(0).info().numberSymbol());
    }

    public IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal) {
        this(entries, assets, agencyView, source, portal, FigureForm.VIETNAMESE);
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
}
