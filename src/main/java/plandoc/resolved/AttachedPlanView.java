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
 * @param titleRule   the width of the rule under an attached plan's title ("31.7mm"), a share of the title's line
 */
public record AttachedPlanView(boolean attached, String kindHeading, InlineText title, Optional<String> captionLine,
                               List<SectionView> sections, List<Block> closing, Optional<String> fileCaptionLine,
                               String titleRule) {
    public AttachedPlanView(boolean attached, String kindHeading, InlineText title, Optional<String> captionLine,
                            List<SectionView> sections, List<Block> closing) {
        this(attached, kindHeading, title, captionLine, sections, closing, captionLine,
                HeaderView.WRAPPED_TITLE_RULE);
    }

    public AttachedPlanView {
        java.util.Objects.requireNonNull(captionLine, "captionLine: Optional.empty() for a plan not attached");
        java.util.Objects.requireNonNull(fileCaptionLine, "fileCaptionLine: Optional.empty() for a plan not attached");
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
    }

    // The template fields of these names (docs/format.md, "Templates"), read as the text they were before the
    // Optionals and the kind's heading: a province's edited template printing plan.body.caption keeps working.

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
}
