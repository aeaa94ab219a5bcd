package plandoc.resolved;

import java.util.List;
import java.util.Optional;

/**
 * The plan body. For a decision that attaches its plan (an Đề án printed after the signature),
 * {@code attached} is true and the body has its own title block.
 *
 * @param kindHeading the plan kind upper-case ("QUY HOẠCH", "ĐỀ ÁN"), printed in an attached plan's title block:
 *                    a label, nothing branches on it
 * @param title       the plan's title
 * @param captionLine an attached plan's line "(Kèm theo Quyết định số … )"; empty for a plan not attached
 * @param sections    top-level sections
 * @param fileCaptionLine an attached plan's caption when printed as its own file: number and date unfilled
 * @param titleRuleWidth the width of the rule under an attached plan's title (31.7 mm), a share of the title's line;
 *                    empty for a plan not attached, which prints no title block of its own
 */
public record AttachedPlanView(boolean attached, String kindHeading, InlineText title, Optional<String> captionLine,
                               List<SectionView> sections, List<Block> closing, Optional<String> fileCaptionLine,
                               Optional<RuleWidth> titleRuleWidth) {
    /** A plan not attached: printed in the decision's article, without a title block of its own (the tests' fixtures). */
    public AttachedPlanView(String kindHeading, InlineText title, List<SectionView> sections, List<Block> closing) {
        this(false, kindHeading, title, Optional.empty(), sections, closing, Optional.empty(), Optional.empty());
    }

    /** An attached plan whose caption is the same in its own file (the tests' fixtures). */
    public AttachedPlanView(String kindHeading, InlineText title, String captionLine, List<SectionView> sections,
                            List<Block> closing, RuleWidth titleRuleWidth) {
        this(true, kindHeading, title, Optional.of(captionLine), sections, closing, Optional.of(captionLine),
                Optional.of(titleRuleWidth));
    }

    public AttachedPlanView {
        java.util.Objects.requireNonNull(captionLine, "captionLine: Optional.empty() for a plan not attached");
        java.util.Objects.requireNonNull(fileCaptionLine, "fileCaptionLine: Optional.empty() for a plan not attached");
        java.util.Objects.requireNonNull(titleRuleWidth, "titleRuleWidth: Optional.empty() for a plan not attached");
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
    }

    // The template fields of these names (docs/format.md, "Templates"), read as the text they were before the
    // Optionals, the kind's heading and the rule's width in millimetres: a province's edited template printing
    // plan.body.caption keeps working.

    /** The kind's heading, "ĐỀ ÁN". */
    public String kind() {
        return kindHeading;
    }

    /** The attached plan's caption, "" for a plan not attached. */
    public String caption() {
        return captionLine.orElse("");
    }

    /** The caption in the plan's own file, "" for a plan not attached. */
    public String fileCaption() {
        return fileCaptionLine.orElse("");
    }

    /** The title's rule's width as CSS writes it, "31.7mm"; "" for a plan not attached. */
    public String titleRule() {
        return titleRuleWidth.map(RuleWidth::css).orElse("");
    }
}
