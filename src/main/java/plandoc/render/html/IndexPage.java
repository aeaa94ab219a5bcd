package plandoc.render.html;

import java.util.List;

/**
 * The root of {@code index.ftlh}: every plan published by this build, in the order compute gave them.
 *
 * @param agencyView the agency view's path from the index, or "" when there is none
 */
public record IndexPage(List<IndexEntry> entries, String assets, String agencyView) {
    public IndexPage {
        entries = List.copyOf(entries);
    }

    public IndexPage(List<IndexEntry> entries, String assets) {
        this(entries, assets, "");
    }
}
