package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * An appendix on its own pages.
 *
 * @param anchor    the source id
 * @param heading   "PHỤ LỤC 3" (or "PHỤ LỤC" when it is the only one)
 * @param label     how the text refers to it: "Phụ lục 3"
 * @param printedNumber its number as printed ("3", "07", "II"), empty when it is the only one: what its own file's
 *                  name ends with ({@code build --separate-appendices}: "…-phu-luc-07.pdf" for "PHỤ LỤC 07")
 * @param title     upper-case title
 * @param caption   "(Kèm theo Quyết định số 4086/QĐ-UBND ngày 28/12/2012 của …)"
 * @param landscape printed on landscape pages
 * @param blocks    content, ending with the end mark
 * @param fileCaption the caption when the appendix is printed as its own file ({@code build
 *                  --separate-appendices}): the number and date left unfilled (Mẫu 2.2)
 */
public record AppendixView(String anchor, String heading, String label, Optional<String> printedNumber, InlineText title,
                           String caption, boolean landscape, List<Block> blocks, String fileCaption) {
    public AppendixView(String anchor, String heading, String label, Optional<String> printedNumber, InlineText title, String caption,
                        boolean landscape, List<Block> blocks) {
        this(anchor, heading, label, printedNumber, title, caption, landscape, blocks, caption);
    }

    public AppendixView {
        java.util.Objects.requireNonNull(printedNumber, "printedNumber: Optional.empty() for an only appendix");
        blocks = List.copyOf(blocks);
    }

    /** The template field of this name (docs/format.md, "Templates"): the number, "" when absent as before. */
    public String number() {
        return printedNumber.orElse("");
    }
}
