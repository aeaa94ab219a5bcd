package plandoc.render.html;

import java.util.List;

/**
 * The root of {@code index.ftlh}: every plan published by this build, in the order compute gave them.
 *
 * @param agencyView the agency view's path from the index, or "" when there is none
 * @param source     the commit the site was built from; {@link SourceView#NONE} outside git
 * @param portal     the portal's name ({@code content/province.yaml}), or "" for the generic titles
 */
public record IndexPage(List<IndexEntry> entries, String assets, String agencyView, SourceView source, String portal) {
    public IndexPage {
        entries = List.copyOf(entries);
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
