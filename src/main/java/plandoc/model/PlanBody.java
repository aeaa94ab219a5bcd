package plandoc.model;

import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * The plan: printed inside an article, after the decision ({@code attached}), or as the issued
 * document itself.
 *
 * @param type      quy-hoach, de-an, ke-hoach, chuong-trinh
 * @param numbering numbering style per nesting level
 * @param headings  {@code headings:}, the case of the titles per nesting level; a level not listed
 *                  follows Decree 30 (phần and mục titles upper case, the rest as written)
 * @param captionTitle {@code caption_title:}, how the captions of the appendices attached to it name it
 *                  ("(Kèm theo Đề án …)") when the signed annexes shorten its title
 * @param captionTitleAt where the {@code caption_title} key is written (the plan's position without one): a
 *                  warning about it points there, not at {@code plan:}
 */
public record PlanBody(DocumentKind type, Optional<Text> title, Optional<String> captionTitle,
                       SourcePosition captionTitleAt, boolean attached, List<NumberingStyle> numbering,
                       List<HeadingCase> headings, List<Section> sections, SourcePosition at) {
    public PlanBody {
        numbering = List.copyOf(numbering);
        headings = List.copyOf(headings);
        sections = List.copyOf(sections);
    }
}
