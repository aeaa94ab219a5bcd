package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * A section of the plan body as printed.
 *
 * @param anchor   the source id, or a generated anchor for sections without one
 * @param printedNumber the printed number with its punctuation: "I.", "1.", "1.1.", "a)", "-", "Phần thứ nhất";
 *                 empty for a section numbered "none"
 * @param style    the numbering style id (part, roman, arabic, decimal, letter, dash, none): a CSS hook
 * @param level    nesting depth, 1 for top-level sections
 * @param title    the heading (empty for an untitled block of text)
 * @param agencies agencies this section assigns work to, as printed
 * @param blocks   text, sub-sections, tables and text_after, in reading order
 */
public record SectionView(String anchor, Optional<String> printedNumber, String style, int level, InlineText title,
                          List<String> agencies, List<Block> blocks) {
    public SectionView {
        java.util.Objects.requireNonNull(printedNumber, "printedNumber: Optional.empty() for a section without one");
        agencies = List.copyOf(agencies);
        blocks = List.copyOf(blocks);
    }

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /** The template field of this name (docs/format.md, "Templates"): the number, "" when absent as before. */
    public String number() {
        return printedNumber.orElse("");
    }
}
