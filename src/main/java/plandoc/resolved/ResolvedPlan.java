package plandoc.resolved;

import java.util.List;

/**
 * One plan, fully resolved: the single model both the HTML page and the PDF are rendered from.
 *
 * @param bases      "Căn cứ …;" lines with their final punctuation
 * @param proposalLine "Xét đề nghị ….", when the document gives one
 * @param enactingLine the enacting line for a decision ("QUYẾT ĐỊNH:"); empty for a plan
 * @param articles   a decision's articles, empty for a plan issued on its own
 * @param body       the plan body
 * @param tables     every budget, objectives and tasks table, for data outputs (JSON, CSV)
 * @param agencyWork the work this plan assigns to registered agencies, for the agency view
 * @param labels     how a reference to each id prints ("Phụ lục 3", "dự án số 2"), by id
 * @param budgets    every budget as open data (ids, exact figures, declared next to computed)
 * @param sourceFolder the plan folder it was loaded from; empty for a plan made in memory
 * @param objectives every objectives table's indicators as open data (periods and typed targets)
 * @param sources    the files the plan was read from, relative to the folder holding {@code sourceFolder}
 *                   ("ha-tinh-4086-2012/plan.yaml", "agencies.yaml"): what its PDF carries as its sources
 * @param workbook   the budget tables' workbook (XLSX) laid out; {@link Workbook#NONE} for a plan made in memory
 * @param fileLabels how its files name themselves and what they carry (titles, subjects, attachments' descriptions)
 */
public record ResolvedPlan(DocumentInfo info, HeaderView header, List<String> bases, java.util.Optional<String> proposalLine,
                           java.util.Optional<String> enactingLine, List<ArticleView> articles, AttachedPlanView body,
                           SignatureView signature, Recipients recipients, List<AppendixView> appendices,
                           List<TocEntry> toc, List<TableView> tables, List<AgencyWork> agencyWork,
                           java.util.Map<String, String> labels, List<BudgetData> budgets,
                           java.util.Optional<java.nio.file.Path> sourceFolder, List<ObjectiveData> objectives,
                           List<String> sources, Workbook workbook, FileLabels fileLabels) {
    public ResolvedPlan {
        java.util.Objects.requireNonNull(proposalLine, "proposalLine: Optional.empty() without a proposal");
        java.util.Objects.requireNonNull(enactingLine, "enactingLine: Optional.empty() for a plan");
        objectives = List.copyOf(objectives);
        sources = List.copyOf(sources);
        budgets = List.copyOf(budgets);
        agencyWork = List.copyOf(agencyWork);
        labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
        bases = List.copyOf(bases);
        articles = List.copyOf(articles);
        appendices = List.copyOf(appendices);
        toc = List.copyOf(toc);
        tables = List.copyOf(tables);
    }

    /** The table {@code id} of {@link #tables}. */
    public java.util.Optional<TableView> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** This plan linked to the site's other documents ({@link DocumentInfo#related}). */
    public ResolvedPlan withRelated(Related others) {
        return new ResolvedPlan(info.withRelated(others), header, bases, proposalLine, enactingLine, articles, body,
                signature, recipients, appendices, toc, tables, agencyWork, labels, budgets, sourceFolder, objectives,
                sources, workbook, fileLabels);
    }

    /** This plan with its standing among the site's documents ({@link DocumentInfo#standing}). */
    public ResolvedPlan withStanding(Standing found) {
        return new ResolvedPlan(info.withStanding(found), header, bases, proposalLine, enactingLine, articles, body,
                signature, recipients, appendices, toc, tables, agencyWork, labels, budgets, sourceFolder, objectives,
                sources, workbook, fileLabels);
    }

    /** This plan with its workbook laid out. */
    public ResolvedPlan withWorkbook(Workbook laidOut) {
        return new ResolvedPlan(info, header, bases, proposalLine, enactingLine, articles, body, signature, recipients,
                appendices, toc, tables, agencyWork, labels, budgets, sourceFolder, objectives, sources, laidOut,
                fileLabels);
    }

    /**
     * This plan with its texts linked to the site's documents they cite ({@code articles}, {@code body} and
     * {@code appendices} the same but for their Markdown texts).
     */
    public ResolvedPlan withCited(Cited found, List<ArticleView> articles, AttachedPlanView body,
                                  List<AppendixView> appendices) {
        return new ResolvedPlan(info.withCited(found), header, bases, proposalLine, enactingLine, articles, body,
                signature, recipients, appendices, toc, tables, agencyWork, labels, budgets, sourceFolder, objectives,
                sources, workbook, fileLabels);
    }

    /** The site's documents its prose cites, each citation a link in its text ({@link DocumentInfo#cited}). */
    public Cited cited() {
        return info.cited();
    }

    // The template fields of these names (docs/format.md, "Templates"), "" when absent as before the Optionals.

    /** "Xét đề nghị ….", "" without one. */
    public String proposal() {
        return proposalLine.orElse("");
    }

    /** "QUYẾT ĐỊNH:", "" for a plan. */
    public String enacting() {
        return enactingLine.orElse("");
    }
}
