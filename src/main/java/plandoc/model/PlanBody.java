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
 */
public record PlanBody(DocumentKind type, Optional<Text> title, boolean attached, List<NumberingStyle> numbering,
                       List<Section> sections, SourcePosition at) {
    public PlanBody {
        numbering = List.copyOf(numbering);
        sections = List.copyOf(sections);
    }
}
