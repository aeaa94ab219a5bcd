package plandoc.resolved;

import java.util.List;

/**
 * An appendix on its own pages.
 *
 * @param anchor    the source id
 * @param heading   "PHỤ LỤC 3" (or "PHỤ LỤC" when it is the only one)
 * @param label     how the text refers to it: "Phụ lục 3"
 * @param title     upper-case title
 * @param caption   "(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28/12/2012 của …)"
 * @param landscape printed on landscape pages
 * @param blocks    content, ending with the end mark
 */
public record AppendixView(String anchor, String heading, String label, InlineText title, String caption,
                           boolean landscape, List<Block> blocks) {
    public AppendixView {
        blocks = List.copyOf(blocks);
    }
}
