package plandoc.compute;

import java.util.List;
import java.util.Map;
import plandoc.diagnostic.Problems;
import plandoc.model.Plan;
import plandoc.model.Text;
import plandoc.validate.PlanTexts;

/**
 * What an officer typed by hand in prose where the plan could compute it (issue 14): money figures,
 * counts, and references to parts of the plan (and appendices nothing refers to). Runs once the budgets are computed and everything is
 * labelled. Mostly warnings; in an issued document (not a draft) errors where the text contradicts the plan: a figure
 * recognised as the plan's own mistyped, a count of the very things the plan lists, a Markdown table's wrong total,
 * an appendix the text never names (s29 tryout F1, F7).
 */
final class ProseChecks {
    private final Plan plan;
    private final Map<String, BudgetFigures> figures;
    private final SectionNumbering sections;
    private final ItemNouns nouns;

    ProseChecks(Plan plan, Map<String, BudgetFigures> figures, SectionNumbering sections, ItemNouns nouns) {
        this.plan = plan;
        this.figures = figures;
        this.sections = sections;
        this.nouns = nouns;
    }

    void check(Problems problems) {
        List<Text> texts = PlanTexts.all(plan);
        boolean draft = plan.document().draft();
        new TypedAmounts(new AmountCatalogue(figures.values()), draft).check(texts, problems);
        new TypedCounts(plan, figures.values(), nouns, draft).check(texts, problems);
        TypedReferences references = new TypedReferences(plan, sections);
        references.check(texts, problems);
        new AppendixMentions(plan).check(texts, references, problems);
        new MarkdownTableTotals(draft).check(texts, problems);
        new DoubledUnits(figures).check(texts, problems);
    }
}
