package plandoc.render.html;

import plandoc.resolved.AppendixView;
import plandoc.resolved.ResolvedPlan;

import java.util.List;

/**
 * The root of {@code separate.ftlh}: one appendix, or the attached document, as its own file
 * (issue 12, format-standard §13 E1).
 *
 * @param title        the file's title ("Phụ lục I: Danh mục dự án")
 * @param attachedPlan whether the file is the attached document (else {@code appendices} holds the one appendix)
 * @param appendices   the appendix this file holds, or none
 */
public record SeparatePage(ResolvedPlan plan, IssuerName issuer, IssuerName parentIssuer, String title,
                           boolean attachedPlan, List<AppendixView> appendices, String assets) {
    public SeparatePage {
        appendices = List.copyOf(appendices);
    }
}
