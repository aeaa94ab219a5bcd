package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Problems;
import plandoc.model.Appendix;
import plandoc.model.AppendixContent;
import plandoc.model.Article;
import plandoc.model.Budget;
import plandoc.model.DocumentHeader;
import plandoc.model.DocumentKind;
import plandoc.model.IssuedDocument;
import plandoc.model.ObjectiveTable;
import plandoc.model.Plan;
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.TaskTable;
import plandoc.resolved.AppendixView;
import plandoc.resolved.ArticleView;
import plandoc.resolved.TableKind;
import plandoc.resolved.AttachedPlanView;
import plandoc.resolved.Block;
import plandoc.resolved.Citation;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.Funding;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.InlineText;
import plandoc.resolved.MarkdownText;
import plandoc.resolved.NoteBlock;
import plandoc.resolved.NoteRole;
import plandoc.resolved.RowView;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.Span;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TablePrint;
import plandoc.resolved.TableSums;
import plandoc.resolved.TableView;
import plandoc.resolved.TextBlock;
import plandoc.resolved.TocEntry;
import plandoc.resolved.Workbook;
import plandoc.validate.IdIndex;

/**
 * Builds the resolved document from a validated plan: budgets totalled and checked against
 * declared figures, everything numbered, references labelled, captions and punctuation added.
 */
public final class PlanResolver {
    static final String END_MARK = "./.";

    private final PlanBudgets budgets = new PlanBudgets();
    private final DeclaredCheck declaredCheck = new DeclaredCheck();
    private final PeriodCheck periodCheck = new PeriodCheck();
    private final TotalRowSums totalRowSums = new TotalRowSums();
    private final boolean proseChecks;
    /** The tables' widths kept from earlier checks: {@link ChosenWidths#NONE} but in {@code serve}. */
    private final ChosenWidths widths;

    public PlanResolver() {
        this(true, ChosenWidths.NONE);
    }

    private PlanResolver(boolean proseChecks, ChosenWidths widths) {
        this.proseChecks = proseChecks;
        this.widths = widths;
    }

    /**
     * This resolver, reusing the widths {@code widths} keeps for a table that measures as before: for a process that
     * checks the same plans again on every save ({@code serve}), which owns the widths kept.
     */
    public PlanResolver keeping(ChosenWidths widths) {
        return new PlanResolver(proseChecks, widths);
    }

    /**
     * Resolves as {@link #PlanResolver()} does, without the checks of what is typed in the prose: they never change
     * the document (in an issued one a few are errors, but a version already committed is compared as it was written),
     * which is all a comparison of two versions needs (a plan's history:
     * ~a quarter of loading each version, s12-history).
     */
    public static PlanResolver withoutProseChecks() {
        return new PlanResolver(false, ChosenWidths.NONE);
    }

    /**
     * The resolved plan; none when the document's header is not whole (each missing field was reported when read,
     * and the rest of the plan is checked here all the same): such a plan is never built or compared.
     */
    public Optional<ResolvedPlan> resolve(Plan plan, IdIndex index, Problems problems) {
        return new Resolution(plan, index, problems).build();
    }

    /** A resolved plan with every budget's figures as computed on the way, by budget id. */
    public record WithFigures(ResolvedPlan plan, Map<String, BudgetFigures> figures) {
        public WithFigures {
            figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    /**
     * As {@link #resolve}, keeping the budgets' figures: a comparison of two versions needs them, and
     * computing them again would double the cost of loading each version (a plan's history, s6-history).
     */
    public Optional<WithFigures> resolveWithFigures(Plan plan, IdIndex index, Problems problems) {
        Resolution resolution = new Resolution(plan, index, problems);
        return resolution.build().map(resolved -> new WithFigures(resolved, resolution.figures));
    }

    /** The state of resolving one plan. */
    private final class Resolution {
        private final Plan plan;
        private final IdIndex index;
        private final Problems problems;
        private final IssuedDocument doc;
        /** What the frame, the captions and the record are built from: none when a field of it is missing. */
        private final Optional<DocumentHeader> header;
        private final Map<String, BudgetFigures> figures = new LinkedHashMap<>();
        private final Map<String, List<DeclaredCheck.Located>> declared = new HashMap<>();
        /** Per budget, the declared figures its table may print in open cells (print.undetermined: declared). */
        private final Map<String, DeclaredCells> printable = new HashMap<>();
        private final Map<String, Label> labels = new HashMap<>();
        private final SectionNumbering sections;
        private final ItemNouns nouns;
        private final TextResolver text;
        private final Map<String, TableView> tables = new LinkedHashMap<>();
        private final Map<String, Integer> shownTables = new HashMap<>();
        /** The budgets' tables, built once the budgets are computed: the notes under one in its appendix. */
        private BudgetTableBuilder budgetTables;
        private final List<TocEntry> toc = new ArrayList<>();

        Resolution(Plan plan, IdIndex index, Problems problems) {
            this.plan = plan;
            this.index = index;
            this.problems = problems;
            this.doc = plan.document();
            this.header = doc.header();
            this.sections = new SectionNumbering(plan.body());
            this.nouns = new ItemNouns(plan);
            // The figures map fills as the budgets are computed; a mention is printed after its budget is.
            InlineFigures inline = new InlineFigures(figures, index);
            this.text = new TextResolver(labels, ref -> inline.print(ref, problems));
        }

        /** Every check of compute; the resolved plan when the header is whole. */
        Optional<ResolvedPlan> build() {
            computeBudgets();
            labelEverything();
            if (proseChecks) {
                new ProseChecks(plan, figures, sections, nouns).check(problems); // issue 14: typed figures and references
            }
            budgetTables = new BudgetTableBuilder(text::inline, this::itemPlace, problems);
            figures.values().forEach(f -> tables.put(f.budget().id().value(), ColumnWidths.apply(
                    budgetTables.build(f, declared.getOrDefault(f.budget().id().value(), List.of()),
                            printable.getOrDefault(f.budget().id().value(), new DeclaredCells())), widths)));
            SummaryLinks links = new SummaryLinks(figures, budgetTables::wholeCells);
            figures.values().stream().filter(f -> f.budget().isSummary()).forEach(f ->
                    tables.computeIfPresent(f.budget().id().value(), (id, table) -> links.link(table, f)));
            ObjectiveTableBuilder objectiveTables = new ObjectiveTableBuilder(text::inline);
            plan.objectives().forEach(o -> tables.put(o.id().value(), ColumnWidths.apply(objectiveTables.build(o), widths)));
            TaskTableBuilder taskTables = new TaskTableBuilder(text::inline);
            plan.tasks().forEach(t -> tables.put(t.id().value(), ColumnWidths.apply(taskTables.build(t), widths)));

            List<ArticleView> articles = articles();
            int articlesEnd = toc.size();
            Optional<AttachedPlanView> body = body();
            nestPlanUnderItsArticle(articlesEnd);
            if (!articles.isEmpty()) {
                articles = withEndMark(articles);
            }
            Optional<List<AppendixView>> appendices = appendices();
            DocumentFrame frame = new DocumentFrame(doc, text);
            RecordLimits.check(doc, text, problems); // the e-document record's field lengths (Phụ lục VI)
            RepeatedPlaces.check(doc, text, problems); // a place listed twice would be sent the document twice
            TypedBasisWord.check(doc, problems); // "Căn cứ" typed in a base, which the frame prints itself
            RepeatedBases.check(doc, text, problems); // a căn cứ typed twice would be printed twice
            List<String> bases = frame.bases();
            Optional<String> proposal = frame.proposal();
            plandoc.resolved.Recipients recipients = frame.recipients();
            List<plandoc.resolved.AgencyWork> agencyWork = agencyWork();
            Map<String, String> printedLabels = printedLabels();
            List<plandoc.resolved.BudgetData> budgetData = budgetData();
            List<plandoc.resolved.ObjectiveData> objectiveData = objectiveData();
            List<ArticleView> articleViews = articles;
            // A task or budget table no part shows is not in the document: no output carries it (plan.json, CSV,
            // workbook). Objectives tables stay, as check does not warn of them.
            Set<String> shown = plandoc.model.PrintedTables.of(plan);
            List<TableView> printedTables = tables.values().stream()
                    .filter(t -> t.kind() == TableKind.OBJECTIVES || shown.contains(t.id())).toList();
            // Built only with the whole header (the body's and the appendices' captions need it too).
            return header.flatMap(h -> body.flatMap(b -> appendices.map(a -> {
                DocumentInfo info = info(h);
                ResolvedPlan resolved = new ResolvedPlan(info, frame.header(h), bases, proposal,
                        h.kind() == DocumentKind.QUYET_DINH ? Optional.of("QUYẾT ĐỊNH:") : Optional.empty(),
                        articleViews, b, frame.signature(h), recipients, a, toc, printedTables,
                        agencyWork, printedLabels, budgetData, Optional.of(plan.folder()), objectiveData, plan.sources(),
                        Workbook.NONE, FileLabelling.of(info, b, a, toc, plan.sources()));
                // Last: a sheet is named after the appendix that prints its table.
                return resolved.withWorkbook(SheetLayouts.of(resolved));
            })));
        }

        /**
         * Every budget's figures, checked against what earlier documents printed, against periods and for a total
         * row typed as an item.
         */
        private void computeBudgets() {
            budgets.compute(plan, problems).forEach((id, f) -> {
                DeclaredCheck.Checked checked = declaredCheck.check(f, problems);
                declared.put(id, checked.figures());
                printable.put(id, checked.cells());
                if (!f.budget().isSummary()) {
                    periodCheck.check(f, problems);
                    totalRowSums.check(f, problems);
                }
                figures.put(id, f);
            });
        }

        // Labels for references

        private void labelEverything() {
            int n = 0;
            for (Article a : doc.articles()) {
                n++;
                labels.put(a.id().value(), new Label("Điều " + n, a.id().value(),
                        Citation.of(new Citation.Step(Citation.Part.ARTICLE, String.valueOf(n)))));
            }
            collectSectionLabels(plan.body().sections());
            List<Appendix> items = plan.appendices().items();
            for (int i = 0; i < items.size(); i++) {
                Appendix a = items.get(i);
                labels.put(a.id().value(), appendixLabel(i, a.id().value()));
            }
            for (BudgetFigures f : figures.values()) {
                if (f.budget().isSummary()) {
                    continue; // its items are labelled by the budgets they belong to
                }
                String noun = nouns.of(f.budget());
                // Rows numbered from 1 in each group: "hạng mục số 1" names a row of every group, so a row is named
                // within its group, "hạng mục số 1 nhóm III" (s31 tryout H2), as "điểm a khoản 2" is.
                boolean withinGroup = perGroup(f);
                for (GroupFigures g : f.groups()) {
                    Label group = new Label("nhóm " + Numbering.roman(g.number()), g.group().id().map(plandoc.model.Id::value)
                            .orElse(""), Citation.of(new Citation.Step(Citation.Part.GROUP, Numbering.roman(g.number()))));
                    g.group().id().ifPresent(id -> labels.put(id.value(), group));
                    for (ItemFigures item : g.items()) {
                        Label row = new Label(noun + " số " + item.number(), item.item().id().value(),
                                Citation.of(Citation.Step.item(String.valueOf(item.number()), noun)));
                        labels.put(item.item().id().value(), withinGroup ? new Label(row.text() + " " + group.text(),
                                row.anchor(), row.cite().within(group.cite())) : row);
                    }
                }
            }
            for (TaskTable t : plan.tasks()) {
                ListNumbers.tasks(t).forEach((id, number) -> labels.put(id, new Label("nhiệm vụ số " + number, id,
                        Citation.of(new Citation.Step(Citation.Part.TASK, String.valueOf(number))))));
            }
            for (ObjectiveTable t : plan.objectives()) {
                ListNumbers.objectives(t).forEach((id, number) -> labels.put(id, new Label("chỉ tiêu số " + number, id,
                        Citation.of(new Citation.Step(Citation.Part.OBJECTIVE, String.valueOf(number))))));
            }
            // A table is referred to by where it is shown: its appendix, else its section.
            for (IdIndex.Entry e : index.all()) {
                if (e.kind().isTable() && !labels.containsKey(e.id().value())) {
                    labels.put(e.id().value(), tablePlace(e.id().value()).orElse(new Label(e.id().value(), e.id().value())));
                }
            }
            placeRows();
        }

        /**
         * One label per row or group wherever it is cited (the text's {@code {ref:}}, the agency view, plan.json). A
         * budget group is named with its table's place, "nhóm I Phụ lục I", as "khoản 2 Điều 3" is: "nhóm I" alone
         * reads as another table's group, and the old "mục I" as the plan's own section I (s26 review M3). A row is
         * named with its place when several tables number their rows from 1 under the same noun (424: every appendix; a
         * plan with two budgets has two "nội dung số 1"); a plan with one such table keeps the label its text refers by, and a
         * table in an unnumbered section has no place to name.
         */
        private void placeRows() {
            Map<String, List<String>> rowsByTable = new LinkedHashMap<>();
            Map<String, List<String>> groupsByTable = new LinkedHashMap<>();
            figures.values().stream().filter(f -> !f.budget().isSummary()).forEach(f -> {
                String table = f.budget().id().value();
                if (!f.items().isEmpty()) {
                    rowsByTable.put(table, f.items().stream().map(i -> i.item().id().value()).toList());
                }
                groupsByTable.put(table, f.groups().stream().flatMap(g -> g.group().id().stream()).map(plandoc.model.Id::value).toList());
            });
            plan.tasks().stream().filter(t -> !t.items().isEmpty())
                    .forEach(t -> rowsByTable.put(t.id().value(), t.items().stream().map(i -> i.id().value()).toList()));
            place(groupsByTable);
            // Only rows another table names alike need their place: "nhiệm vụ số 2" beside "dự án số 2" is one row.
            Map<String, Long> tablesByNoun = rowsByTable.values().stream()
                    .collect(java.util.stream.Collectors.groupingBy(this::rowNoun, java.util.stream.Collectors.counting()));
            // A row named within its group is placed as its group is, always: "hạng mục số 1 nhóm III Phụ lục I".
            Set<String> withinGroups = figures.values().stream().filter(PlanResolver::perGroup)
                    .map(f -> f.budget().id().value()).collect(java.util.stream.Collectors.toSet());
            rowsByTable.entrySet().removeIf(e -> !withinGroups.contains(e.getKey())
                    && tablesByNoun.get(rowNoun(e.getValue())) < 2);
            place(rowsByTable);
        }

        /** The noun a table's rows are cited by, "nhiệm vụ" of "nhiệm vụ số 2", read from its first row's label. */
        private String rowNoun(List<String> ids) {
            String label = Optional.ofNullable(labels.get(ids.get(0))).map(Label::text).orElse("");
            int number = label.lastIndexOf(" số ");
            return number < 0 ? label : label.substring(0, number);
        }

        private void place(Map<String, List<String>> idsByTable) {
            idsByTable.forEach((table, ids) -> tablePlace(table).filter(place -> !place.text().isEmpty())
                    .ifPresent(place -> ids.forEach(id -> Optional.ofNullable(labels.get(id)).ifPresent(label ->
                            labels.put(id, new Label(label.text() + " " + place.text(), label.anchor(),
                                    label.cite().placedIn(place.cite())))))));
        }

        private void collectSectionLabels(List<Section> list) {
            for (Section s : list) {
                SectionNumbering.Numbered n = sections.of(s);
                s.id().ifPresent(id -> labels.put(id.value(), new Label(n.label().isEmpty()
                        ? s.title().map(t -> t.literalText()).orElse(id.value()) : n.label(), n.anchor(), n.cite())));
                collectSectionLabels(s.sections());
            }
        }

        /** "nhiệm vụ số 2 Phụ lục 03": an item named in a note under another table, as the document numbers it. */
        private UndeterminedNote.NamedItem itemPlace(String itemId) {
            for (BudgetFigures f : figures.values()) {
                Optional<ItemFigures> item = f.budget().isSummary() ? Optional.empty() : f.item(itemId);
                if (item.isPresent()) {
                    // A table in an unnumbered section has no place to name: no empty "()".
                    return new UndeterminedNote.NamedItem(nouns.of(f.budget()),
                            String.valueOf(item.get().number()),
                            tablePlace(f.budget().id().value()).map(Label::text).orElse(""));
                }
            }
            return new UndeterminedNote.NamedItem("dòng", itemId, "");
        }

        private Optional<Label> tablePlace(String tableId) {
            List<Appendix> items = plan.appendices().items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).content() instanceof AppendixContent.Show show && show.table().value().equals(tableId)) {
                    return Optional.of(appendixLabel(i, items.get(i).id().value()));
                }
            }
            return findShowingSection(plan.body().sections(), tableId)
                    .map(s -> new Label(sections.of(s).label(), tableId, sections.of(s).cite()));
        }

        private Optional<Section> findShowingSection(List<Section> list, String tableId) {
            for (Section s : list) {
                if (s.show().map(i -> i.value().equals(tableId)).orElse(false)) {
                    return Optional.of(s);
                }
                Optional<Section> inner = findShowingSection(s.sections(), tableId);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }

        /** The appendix at {@code index} (from 0): "Phụ lục 3", its anchor and its citation. */
        private Label appendixLabel(int index, String anchor) {
            return new Label(AppendixNumbers.label(plan.appendices(), index), anchor,
                    Citation.of(AppendixNumbers.of(plan.appendices(), index)
                            .map(n -> new Citation.Step(Citation.Part.APPENDIX, n))
                            .orElseGet(Citation.Step::onlyAppendix)));
        }

        // The document frame

        private DocumentInfo info(DocumentHeader h) {
            Funding funding = funding(PlanTotalBudget.of(plan, figures));
            if (doc.draft()) {
                // Issue 12: nothing of a draft says a number or date it has not been given yet.
                String numberSymbol = DraftFields.numberSymbol(h);
                String title = text.inline(h.title()).plain();
                return new DocumentInfo(plan.slug(), numberSymbol, Optional.empty(), Optional.empty(),
                        h.kind().displayName(), title, h.issuer().name(),
                        DraftFields.fileStem(h), funding, h.issuer().code(),
                        FileLabelling.subject(numberSymbol, h.kind().displayName(), title));
            }
            String numberSymbol = DocumentNumber.of(h);
            String title = text.inline(h.title()).plain();
            return new DocumentInfo(plan.slug(), numberSymbol, doc.date(), doc.date().map(VietnameseDates::short_),
                    h.kind().displayName(), title, h.issuer().name(),
                    fileStem(numberSymbol), funding, h.issuer().code(),
                    FileLabelling.subject(numberSymbol, h.kind().displayName(), title));
        }

        /** The main budget's total as the document prints it, and in đồng for the site's figures. */
        private static Funding funding(Optional<BudgetFigures> main) {
            if (main.isEmpty()) {
                return Funding.NONE;
            }
            Budget budget = main.get().budget();
            return new Funding(Optional.of(budget.unit().label()), main.get().total().amount().map(amount -> FundingTotals.of(amount,
                    VietnameseNumbers.format(amount, budget.decimals()) + " " + budget.unit().label(), budget.unit())));
        }

        private List<ArticleView> articles() {
            List<ArticleView> out = new ArrayList<>();
            for (Article a : doc.articles()) {
                Label label = labels.get(a.id().value());
                InlineText title = a.title().map(text::inline).orElse(InlineText.EMPTY);
                out.add(new ArticleView(a.id().value(), label.text() + ".", title, text.markdown(a.text()), a.includesPlan()));
                // The outline names a titled article by its title, as it prints; an untitled one by its first sentence.
                toc.add(new TocEntry(1, label.text() + ". " + (title.isEmpty()
                        ? firstSentence(text.inline(a.text()).plain()) : title.plain()), a.id().value()));
            }
            return out;
        }

        /**
         * The outline follows the page: the plan's headings (added after the articles) go right after
         * the article that prints the plan, so they nest under it and not under the last article.
         */
        private void nestPlanUnderItsArticle(int articlesEnd) {
            int including = -1;
            for (int i = 0; i < doc.articles().size() && i < articlesEnd; i++) {
                if (doc.articles().get(i).includesPlan()) {
                    including = i;
                }
            }
            if (including < 0 || including + 1 >= articlesEnd || plan.body().attached()) {
                return;
            }
            List<TocEntry> planEntries = new ArrayList<>(toc.subList(articlesEnd, toc.size()));
            toc.subList(articlesEnd, toc.size()).clear();
            toc.addAll(including + 1, planEntries);
        }

        /** The body ends with "./.": appended to the last article's text. */
        private List<ArticleView> withEndMark(List<ArticleView> articles) {
            List<ArticleView> out = new ArrayList<>(articles);
            ArticleView last = out.remove(out.size() - 1);
            out.add(new ArticleView(last.anchor(), last.label(), last.title(), endMarked(last.text()), last.includesPlan()));
            return out;
        }

        /** The plan's body; none when it is attached and the header its caption names is not whole. */
        private Optional<AttachedPlanView> body() {
            List<SectionView> views = new ArrayList<>();
            for (Section s : plan.body().sections()) {
                views.add(section(s));
            }
            String kind = plan.body().type().displayName();
            InlineText title = plan.body().title().map(text::inline).orElse(InlineText.EMPTY);
            boolean attached = plan.body().attached();
            List<Block> closing = List.of();
            if ((attached || doc.articles().isEmpty()) && !endMarkLastText(views)) {
                // A plan printed on its own ends with "./." itself: after its last sentence, or on a
                // line of its own when it ends with a table.
                closing = List.of(new NoteBlock(InlineText.of(END_MARK), NoteRole.END));
            }
            if (!attached) {
                return Optional.of(new AttachedPlanView(false, upper(kind), title, Optional.empty(), views, closing,
                        Optional.empty(), Optional.empty()));
            }
            List<Block> ending = closing;
            return header.map(h -> new AttachedPlanView(true, upper(kind), title,
                    Optional.of(AppendixCaption.ofDocument(doc, h)), views, ending,
                    Optional.of(AppendixCaption.ofDocumentInItsOwnFile(doc, h)), Optional.of(TitleRule.of(title.plain()))));
        }

        /** Appends "./." to the last paragraph when the sections end with text; false when they end otherwise. */
        private boolean endMarkLastText(List<SectionView> views) {
            if (views.isEmpty()) {
                return false;
            }
            SectionView last = views.get(views.size() - 1);
            if (last.blocks().isEmpty()) {
                return false;
            }
            List<Block> blocks = new ArrayList<>(last.blocks());
            Block tail = blocks.get(blocks.size() - 1);
            if (tail instanceof TextBlock t && !endsWithTable(t.text())) {
                blocks.set(blocks.size() - 1, new TextBlock(endMarked(t.text())));
            } else if (tail instanceof SectionBlock child) {
                List<SectionView> inner = new ArrayList<>(List.of(child.section()));
                if (!endMarkLastText(inner)) {
                    return false;
                }
                blocks.set(blocks.size() - 1, new SectionBlock(inner.get(0)));
            } else {
                return false;
            }
            views.set(views.size() - 1, new SectionView(last.anchor(), last.printedNumber(), last.style(), last.level(),
                    last.title(), last.agencies(), blocks));
            return true;
        }

        private SectionView section(Section s) {
            SectionNumbering.Numbered n = sections.of(s);
            InlineText title = s.title().map(t -> HeadingText.title(text.inline(t), s, n.style(), n.level(),
                    plan.body().headings())).orElse(InlineText.EMPTY);
            if (!title.isEmpty() && n.level() <= 2) {
                toc.add(new TocEntry(n.level() + (doc.articles().isEmpty() ? 0 : 1),
                        n.heading().isEmpty() ? title.plain() : n.heading() + " " + title.plain(), n.anchor()));
            }
            List<Block> blocks = new ArrayList<>();
            s.text().ifPresent(t -> blocks.add(new TextBlock(text.markdown(t))));
            s.show().ifPresent(id -> Optional.ofNullable(tables.get(id.value())).ifPresent(t -> blocks.add(shown(t, false))));
            s.sections().forEach(child -> blocks.add(new SectionBlock(section(child))));
            s.textAfter().ifPresent(t -> blocks.add(new TextBlock(text.markdown(t))));
            List<String> agencies = s.agencies().stream().map(a -> text.inline(a).plain()).toList();
            String style = n.style() == null ? "none" : n.style().id();
            Optional<String> number = n.heading().isEmpty() ? Optional.empty() : Optional.of(n.heading());
            return new SectionView(n.anchor(), number, style, n.level(), title, agencies, blocks);
        }

        /**
         * A table where the plan shows it. A table shown twice (424's summary: the body's IV.1 and PHỤ LỤC
         * 07) keeps its id and its rows' anchors where it is shown first; later showings get "-2", "-3" …
         * and no row anchors, so every id of the page is unique and a link lands on the first showing. Each
         * showing is laid out for its page, portrait or landscape ({@link TableLayouts}).
         */
        private TableBlock shown(TableView table, boolean landscape) {
            int times = shownTables.merge(table.id(), 1, Integer::sum);
            if (times == 1) {
                return new TableBlock(table, table.id(), TableLayouts.of(table, landscape));
            }
            List<RowView> rows = table.rows().stream().map(r -> new RowView(r.kind(), r.cells())).toList();
            List<TableView> parts = table.print().parts().stream().map(part -> new TableView(part.id() + "-" + times,
                    part.kind(), part.printedUnit(), part.decimals(), part.columns(), part.header(), part.rows(), part.notes(), part.wide(),
                    part.widths(), part.sums(), part.print())).toList();
            TableView again = new TableView(table.id() + "-" + times, table.kind(), table.printedUnit(),
                    table.decimals(), table.columns(), table.header(), rows, table.notes(), table.wide(), table.widths(), TableSums.NONE,
                    new TablePrint(table.print().sizePt(), parts, table.print().captions(), table.print().sheetWidths()));
            return new TableBlock(again, table.id(), TableLayouts.of(again, landscape));
        }

        /**
         * A budget's table where the appendix {@code label} shows it, with the note it has there: PHỤ LỤC 07 does not
         * cite itself for the figures it prints (s27 tryout 8). The note sits under the last column part.
         */
        private TableView inAppendix(TableView table, String label) {
            List<InlineText> notes = table.kind() == TableKind.BUDGET ? budgetTables.notesIn(table.id(), label)
                    : table.notes();
            if (notes.equals(table.notes())) {
                return table;
            }
            List<TableView> parts = table.print().parts().stream().map(part -> part.notes().isEmpty() ? part
                    : new TableView(part.id(), part.kind(), part.printedUnit(), part.decimals(), part.columns(),
                            part.header(), part.rows(), notes, part.wide(), part.widths(), part.sums(), part.print()))
                    .toList();
            return new TableView(table.id(), table.kind(), table.printedUnit(), table.decimals(), table.columns(),
                    table.header(), table.rows(), notes, table.wide(), table.widths(), table.sums(),
                    new TablePrint(table.print().sizePt(), parts, table.print().captions(), table.print().sheetWidths()));
        }

        /** The appendices; none when their captions name the document and its header is not whole. */
        private Optional<List<AppendixView>> appendices() {
            List<AppendixView> out = new ArrayList<>();
            List<Appendix> items = plan.appendices().items();
            String planKind = plan.body().type().displayName();
            Optional<Captions> captions = plan.appendices().attachedToPlan()
                    ? Optional.of(Captions.same(AppendixCaption.ofPlan(planKind, plan.body().captionTitle()
                            .or(() -> plan.body().title().map(t -> text.inline(t).plain())).orElse(""))))
                    : header.map(h -> new Captions(AppendixCaption.ofDocument(doc, h),
                            AppendixCaption.ofDocumentInItsOwnFile(doc, h)));
            for (int i = 0; i < items.size(); i++) {
                Appendix a = items.get(i);
                String label = AppendixNumbers.label(plan.appendices(), i);
                InlineText title = text.inline(a.title());
                InlineText upperTitle = new InlineText(title.spans().stream()
                        .map(s -> new Span(upper(s.text()), s.anchor())).toList());
                List<Block> blocks = new ArrayList<>();
                AppendixContent content = a.content();
                if (content instanceof AppendixContent.Markdown m && !endsWithTable(text.markdown(m.text()))) {
                    blocks.add(new TextBlock(endMarked(text.markdown(m.text()))));
                } else if (content instanceof AppendixContent.Markdown m) {
                    blocks.add(new TextBlock(text.markdown(m.text())));
                    blocks.add(new NoteBlock(InlineText.of(END_MARK), NoteRole.END));
                } else if (content instanceof AppendixContent.External external) {
                    // The note is the appendix's last sentence: the end mark closes it.
                    InlineText note = text.inline(external.note());
                    blocks.add(new NoteBlock(new InlineText(concat(note.spans(),
                            Span.text(note.plain().stripTrailing().endsWith(".") ? "/." : END_MARK))), NoteRole.EXTERNAL));
                } else {
                    if (content instanceof AppendixContent.Show show) {
                        // Landscape as its appendix is (below): a table needing it makes the appendix landscape.
                        Optional.ofNullable(tables.get(show.table().value())).map(t -> inAppendix(t, label))
                                .ifPresent(t -> blocks.add(shown(t, a.landscape() || t.wide())));
                    } else if (content instanceof AppendixContent.Image image) {
                        blocks.add(new ImageBlock(image.file(), "images/" + image.href(), title.plain()));
                    }
                    blocks.add(new NoteBlock(InlineText.of(END_MARK), NoteRole.END));
                }
                // An appendix whose table needs a landscape page is landscape from its heading on, so the
                // caption is never left alone on a portrait page before it.
                boolean landscape = a.landscape() || blocks.stream().anyMatch(b -> b instanceof TableBlock t && t.table().wide());
                Optional<String> number = AppendixNumbers.of(plan.appendices(), i);
                captions.ifPresent(c -> out.add(new AppendixView(a.id().value(),
                        HeadingText.appendixHeading(label, plan.appendices().label()), label,
                        number, upperTitle, c.page(), landscape, blocks, c.ownFile())));
                toc.add(new TocEntry(1, label + ". " + title.plain(), a.id().value()));
            }
            return captions.map(c -> out);
        }

        /** An appendix's caption on the page and in its own file: the same for an appendix of the attached plan. */
        private record Captions(String page, String ownFile) {
            static Captions same(String caption) {
                return new Captions(caption, caption);
            }
        }

        /** How a reference to each id prints ("Phụ lục 3", "dự án số 2"), for comparisons and open data. */
        private Map<String, String> printedLabels() {
            Map<String, String> out = new LinkedHashMap<>();
            index.ids().forEach(id -> Optional.ofNullable(labels.get(id)).ifPresent(l -> out.put(id, l.text())));
            return out;
        }

        /** Every budget as open data, in the order the budgets were computed. */
        /** Every objectives table's indicators as open data (issue 16: periods parsed, targets typed). */
        private List<plandoc.resolved.ObjectiveData> objectiveData() {
            ObjectiveDataBuilder builder = new ObjectiveDataBuilder(text::inline);
            return plan.objectives().stream().flatMap(table -> builder.build(table).stream()).toList();
        }

        private List<plandoc.resolved.BudgetData> budgetData() {
            BudgetDataBuilder builder = new BudgetDataBuilder(plan.agencies(), t -> text.inline(t).plain(),
                    PlanTotalBudget.rowsCounted(plan, figures));
            return figures.values().stream().map(builder::build).toList();
        }

        // Agency view

        /** What this plan gives each registered agency: sections, tasks, and budget rows with their totals. */
        private List<plandoc.resolved.AgencyWork> agencyWork() {
            return new AgencyWorkCollector(plan, text, labels, figures.values(), sections,
                    PlanTotalBudget.rowsCounted(plan, figures)).collect();
        }

        // Small helpers

        private String upper(String s) {
            return DocumentFrame.upper(s);
        }
    }

    /** "4086/QĐ-UBND" → "4086-QD-UBND": a file name that survives every file system and e-mail client. */
    static String fileStem(String numberSymbol) {
        // Case kept, unlike Folding.slug: the symbol's capitals are how it is read ("QD-UBND").
        return Folding.unaccented(numberSymbol).replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Whether Markdown text ends with a pipe table, which "./." must not join as an extra cell. */
    static boolean endsWithTable(MarkdownText text) {
        String s = text.source().stripTrailing();
        int lineStart = s.lastIndexOf('\n') + 1;
        return s.substring(lineStart).stripLeading().startsWith("|");
    }

    private static List<Span> concat(List<Span> spans, Span last) {
        List<Span> out = new ArrayList<>(spans);
        out.add(last);
        return out;
    }

    /** Appends "./." to Markdown text, replacing a final full stop the author typed. */
    static MarkdownText endMarked(MarkdownText text) {
        String s = text.source().stripTrailing();
        if (s.endsWith(END_MARK)) {
            return MarkdownTableCaptions.text(s);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return MarkdownTableCaptions.text(s + END_MARK);
    }



    /** An untitled article's bookmark: its first sentence, never the points under it. */
    private static String firstSentence(String s) {
        String firstLine = s.strip().lines().findFirst().orElse("");
        int stop = firstLine.indexOf(". ");
        String oneLine = (stop > 0 ? firstLine.substring(0, stop) : firstLine).replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 90).replaceAll("\\s\\S*$", "") + " …";
    }

    /** A table whose groups each number their rows from 1 ({@code numbering: per-group}), in more than one group. */
    private static boolean perGroup(BudgetFigures f) {
        return f.budget().print().numberPerGroup() && f.groups().size() > 1;
    }
}
