package plandoc.validate;

import java.time.LocalDate;
import plandoc.diagnostic.Nouns;
import plandoc.diagnostic.Problems;
import plandoc.model.Plan;

/** Runs every validation rule over a loaded plan and collects what they find. */
public final class PlanValidator {
    private final IdRules ids = new IdRules();
    private final ReferenceRules references = new ReferenceRules();
    private final BudgetInputRules budgets = new BudgetInputRules();
    private final DocumentRules document = new DocumentRules();
    private final CitedDates citedDates = new CitedDates();
    private final DrafterWarnings warnings = new DrafterWarnings();
    private final FutureIssueDate futureDate;
    private final AgencyRules agencies = new AgencyRules();
    private final WordRules words = new WordRules();
    private final MarkdownTableRules tables = new MarkdownTableRules();
    private final CodeBlockRules codeBlocks = new CodeBlockRules();
    private final StarterSamples starter = new StarterSamples();

    public PlanValidator() {
        this(CheckDate.today());
    }

    /** @param today what an issue date must not be after ({@link CheckDate}): a warning */
    public PlanValidator(LocalDate today) {
        this(today, false);
    }

    /**
     * @param today      what an issue date must not be after ({@link CheckDate})
     * @param publishing {@code build}: an issued document dated after today is an error, not a warning
     */
    public PlanValidator(LocalDate today, boolean publishing) {
        this.futureDate = new FutureIssueDate(today, publishing);
    }

    public IdIndex validate(Plan plan, Problems problems) {
        IdIndex index = new IdIndex(plan);
        ids.check(plan, index, problems);
        references.check(plan, index, problems);
        plan.budgets().forEach(b -> budgets.check(b, Nouns.item(plan.itemNoun(b)), index, problems));
        document.check(plan, problems);
        citedDates.check(plan.document(), problems);
        futureDate.check(plan, problems);
        warnings.check(plan, problems);
        agencies.check(plan, problems);
        words.check(plan, index, problems);
        tables.check(plan, problems);
        codeBlocks.check(plan, problems);
        starter.check(plan, problems);
        return index;
    }
}
