package plandoc.render.html;

import java.util.List;

/** The root of {@code index.ftlh}: every plan published by this build, in the order compute gave them. */
public record IndexPage(List<IndexEntry> entries, String assets) {
    public IndexPage {
        entries = List.copyOf(entries);
    }
}
