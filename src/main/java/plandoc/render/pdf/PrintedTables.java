package plandoc.render.pdf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import plandoc.resolved.Block;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableLayout;
import plandoc.resolved.TableView;

/**
 * The layouts compute gave the data tables of a page ({@link TableLayout}), found from the page's tables: a
 * table by its block's id (a table's, or a column part's), a body row by its place among the table's rows, a
 * note's row by the note it prints. The print page only places what they say.
 */
public final class PrintedTables {
    /** A page without laid-out tables (a comparison of two versions, a test's page). */
    public static final PrintedTables NONE = new PrintedTables(Map.of());

    private final Map<String, TableLayout> byId;
    /** Each body or note row's estimated height, as the rows are found or made. */
    private final Map<Element, Double> heights = new IdentityHashMap<>();

    public PrintedTables(Map<String, TableLayout> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** Every table the plan prints, with its layout where it is shown. */
    public static PrintedTables of(ResolvedPlan plan) {
        Map<String, TableLayout> found = new HashMap<>();
        plan.body().sections().forEach(section -> collect(List.of(new SectionBlock(section)), found));
        collect(plan.body().closing(), found);
        plan.appendices().forEach(appendix -> collect(appendix.blocks(), found));
        return new PrintedTables(found);
    }

    private static void collect(List<Block> blocks, Map<String, TableLayout> found) {
        for (Block block : blocks) {
            if (block instanceof TableBlock table && table.layouts().size() == table.printed().size()) {
                List<TableView> printed = table.printed();
                for (int i = 0; i < printed.size(); i++) {
                    found.put(printed.get(i).id(), table.layouts().get(i));
                }
            } else if (block instanceof SectionBlock nested) {
                collect(nested.section().blocks(), found);
            }
        }
    }

    /** A fresh copy for one page: the row heights it records belong to that page's DOM. */
    PrintedTables forPage() {
        return new PrintedTables(byId);
    }

    /** The layout of a data table: its block's ({@code div.table-block[id] > .table-scroll > table}). */
    Optional<TableLayout> of(Element table) {
        Element scroll = table.parent();
        Element block = scroll == null ? null : scroll.parent();
        if (block == null || !block.hasClass("table-block") || block.id().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(block.id()));
    }

    void height(Element row, double mm) {
        heights.put(row, mm);
    }

    /** The estimated height of a row recorded for this page; infinite when it has none. */
    double heightMm(Element row) {
        return heights.getOrDefault(row, Double.POSITIVE_INFINITY);
    }
}
