package plandoc.resolved;

import java.util.List;

/**
 * The plan body. For a decision that attaches its plan (an Đề án printed after the signature),
 * {@code attached} is true and the body has its own title block.
 *
 * @param kind     the plan kind upper-case ("QUY HOẠCH", "ĐỀ ÁN"), used in an attached plan's title block
 * @param title    the plan's title
 * @param caption  an attached plan's line "(Kèm theo Quyết định số … )", else ""
 * @param sections top-level sections
 * @param fileCaption an attached plan's caption when printed as its own file: number and date unfilled
 */
public record AttachedPlanView(boolean attached, String kind, InlineText title, String caption,
                               List<SectionView> sections, List<Block> closing, String fileCaption) {
    public AttachedPlanView(boolean attached, String kind, InlineText title, String caption,
                            List<SectionView> sections, List<Block> closing) {
        this(attached, kind, title, caption, sections, closing, caption);
    }

    public AttachedPlanView {
        sections = List.copyOf(sections);
        closing = List.copyOf(closing);
    }
}
