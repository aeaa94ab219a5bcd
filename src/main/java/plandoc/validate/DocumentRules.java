package plandoc.validate;

import java.util.List;
import plandoc.diagnostic.Problems;
import plandoc.model.Article;
import plandoc.model.DocumentKind;
import plandoc.model.IdKind;
import plandoc.model.IssuedDocument;
import plandoc.model.Plan;

/** The frame of the issued document: signature prefixes, the article that holds the plan. */
final class DocumentRules {
    /** Decree 30: TM. (thay mặt), Q. (quyền), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền). */
    static final List<String> AUTHORITY_PREFIXES = List.of("TM.", "Q.", "KT.", "TL.", "TUQ.");

    void check(Plan plan, Problems problems) {
        IssuedDocument d = plan.document();
        List<String> authorities = d.signature().authority();
        for (int i = 0; i < authorities.size(); i++) {
            String authority = authorities.get(i);
            if (AUTHORITY_PREFIXES.stream().noneMatch(p -> authority.startsWith(p + " "))) {
                // At the line itself (it was reported at the document's first key).
                var at = i < d.signature().authorityAt().size() ? d.signature().authorityAt().get(i) : d.at();
                problems.error(at, "document.authority-prefix", authority, String.join(", ", AUTHORITY_PREFIXES));
            }
        }
        List<Article> including = d.articles().stream().filter(Article::includesPlan).toList();
        if (including.size() > 1) {
            problems.error(including.get(1).at(), "document.plan-included-twice", including.get(0).id().value());
        }
        // An article left out because of its own error (its text empty) may be the one that was missing here.
        boolean articleLeftOut = plan.unread().stream().anyMatch(u -> u.kind() == IdKind.ARTICLE);
        if (d.kind() == DocumentKind.QUYET_DINH && d.articles().isEmpty() && !articleLeftOut) {
            problems.error(d.at(), "document.decision-without-articles");
        }
        if (!plan.body().sections().isEmpty() && !d.articles().isEmpty() && including.isEmpty()
                && !plan.body().attached() && !articleLeftOut) {
            problems.error(plan.body().at(), "document.plan-not-placed");
        }
        // The plan's caption_title names it only in the captions of appendices attached to it: elsewhere it would
        // silently print nothing. At the key, where the fix is (was: at "plan:").
        if (plan.body().captionTitle().isPresent() && !plan.appendices().attachedToPlan()) {
            problems.warning(plan.body().captionTitleAt(), "plan.caption-title-unused", plan.body().captionTitle().get());
        }
        // A draft may have no number yet; one it has is checked all the same (build --draft prints none).
        if (!(d.draft() && d.number().isEmpty()) && !d.number().matches("\\d+")) {
            problems.error(d.numberAt(), "document.number", d.number()); // at the value (was: the document's first key)
        }
    }
}
