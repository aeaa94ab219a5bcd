package plandoc.render.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import plandoc.history.HistoryEntry;
import plandoc.render.html.PlanLinks;
import plandoc.resolved.AgencyWork;
import plandoc.render.data.TidyBudgetCsv;
import plandoc.resolved.AppendixView;
import plandoc.resolved.BudgetData;
import plandoc.resolved.ArticleView;
import plandoc.resolved.Block;
import plandoc.resolved.CellView;
import plandoc.resolved.DocumentInfo;
import plandoc.resolved.ImageBlock;
import plandoc.resolved.NoteBlock;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.RowView;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TextBlock;

/** Turns a resolved plan into its {@link PlanSummary}. */
public final class PlanSummaries {
    /** Word boundaries: anything but letters, combining marks and digits (Markdown punctuation included). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private PlanSummaries() {
    }

    /**
     * @param history the plan's versions, newest first; those that left the document as it was (a
     *                comment, the layout of the file) are not changes a reader of the feed is told of
     * @param wording the words of its feed entry and open data, as the build gives them (compute's)
     */
    public static PlanSummary of(ResolvedPlan plan, PlanLinks links, List<HistoryEntry> history,
                                 PlanSummary.Wording wording) {
        DocumentInfo info = plan.info();
        Map<String, PlanSummary.AgencyName> agencies = new LinkedHashMap<>();
        for (AgencyWork work : plan.agencyWork()) {
            agencies.putIfAbsent(work.agencyId(), new PlanSummary.AgencyName(work.agencyId(), work.agencyName(),
                    work.group()));
        }
        List<PlanSummary.Change> changes = history.stream().filter(HistoryEntry::changesDocument)
                .map(e -> new PlanSummary.Change(e.commit().id(), e.commit().when(),
                        e.change().map(c -> c.summary()).orElse(e.commit().message()))).toList();
        List<PlanSummary.DataTable> tables = new ArrayList<>();
        for (BudgetData budget : plan.budgets()) {
            // The printed table's CSV sits beside the tidy one and carries the plan's name for the table.
            String printed = info.slug() + "/" + budget.id() + ".csv";
            links.csv().stream().filter(csv -> csv.href().equals(printed)).findFirst().ifPresent(csv -> tables.add(
                    new PlanSummary.DataTable(info.slug() + "/" + budget.id() + TidyBudgetCsv.SUFFIX, budget.id(),
                            csv.isTable() ? csv.table() : csv.label(), budget.unit(), budget.total())));
        }
        return new PlanSummary(info.slug(), info.numberSymbol(), info.date(), info.shortDate(),
                info.kindName(), info.title(), info.issuer(), List.copyOf(agencies.values()), info.funding().dong(),
                info.funding().text(),
                links, words(plan), changes, tables, wording);
    }

    /**
     * Each distinct word of the plan once, lower-cased, in reading order: a search needs to know that
     * a word occurs, not how often, and the site's search data stays a fraction of the plans' size.
     */
    static String words(ResolvedPlan plan) {
        List<String> texts = new ArrayList<>();
        texts.add(plan.info().title());
        texts.addAll(plan.bases());
        plan.proposalLine().ifPresent(texts::add);
        for (ArticleView article : plan.articles()) {
            texts.add(article.title().plain());
            texts.add(article.text().plain());
        }
        texts.add(plan.body().title().plain());
        plan.body().sections().forEach(section -> section(section, texts));
        blocks(plan.body().closing(), texts);
        for (AppendixView appendix : plan.appendices()) {
            texts.add(appendix.title().plain());
            blocks(appendix.blocks(), texts);
        }
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return String.join(" ", words);
    }

    private static void section(SectionView section, List<String> texts) {
        texts.add(section.title().plain());
        texts.addAll(section.agencies());
        blocks(section.blocks(), texts);
    }

    private static void blocks(List<Block> blocks, List<String> texts) {
        for (Block block : blocks) {
            if (block instanceof TextBlock text) {
                texts.add(text.text().plain());
            } else if (block instanceof SectionBlock nested) {
                section(nested.section(), texts);
            } else if (block instanceof NoteBlock note) {
                texts.add(note.text().plain());
            } else if (block instanceof ImageBlock image) {
                texts.add(image.alt());
            } else if (block instanceof TableBlock table) {
                for (RowView row : table.table().rows()) {
                    for (CellView cell : row.cells()) {
                        if (cell.value().isEmpty()) {
                            texts.add(cell.plain());
                        }
                    }
                }
            }
        }
    }
}
