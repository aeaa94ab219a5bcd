package plandoc.render.xlsx;

import plandoc.resolved.AppendixView;
import plandoc.resolved.Block;
import plandoc.resolved.ResolvedPlan;
import plandoc.resolved.SectionBlock;
import plandoc.resolved.SectionView;
import plandoc.resolved.TableBlock;
import plandoc.resolved.TableKind;
import plandoc.resolved.TableView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a budget table is printed: its appendix ("Phụ lục 3", heading, title, caption) or the section
 * around it; an appendix first, where a table is shown in both. The sheet of a table is named after it.
 *
 * @param label   "Phụ lục 3", or the section's number and title, or the table id
 * @param heading "PHỤ LỤC 3", or "" outside an appendix
 * @param title   the appendix title (upper-case) or ""
 * @param caption "(Kèm theo Quyết định số …)" or ""
 */
public record TablePlace(TableView table, String label, String heading, String title, String caption) {

    /** Every budget table of the plan with its place, in the order of {@link ResolvedPlan#tables()}. */
    public static List<TablePlace> budgets(ResolvedPlan plan) {
        Map<String, TablePlace> found = new LinkedHashMap<>();
        for (AppendixView appendix : plan.appendices()) {
            collect(appendix.blocks(), new TablePlace(null, appendix.label(), appendix.heading(),
                    appendix.title().plain(), appendix.caption()), true, found);
        }
        for (SectionView section : plan.body().sections()) {
            collect(List.of(new SectionBlock(section)), new TablePlace(null, "", "", "", ""), false, found);
        }
        List<TablePlace> out = new ArrayList<>();
        for (TableView table : plan.tables()) {
            if (table.kind() == TableKind.BUDGET) {
                TablePlace place = found.get(table.id());
                out.add(place != null ? place.with(table) : new TablePlace(table, table.id(), "", "", ""));
            }
        }
        return out;
    }

    private TablePlace with(TableView t) {
        return new TablePlace(t, label.isEmpty() ? t.id() : label, heading, title, caption);
    }

    private static void collect(List<Block> blocks, TablePlace around, boolean inAppendix, Map<String, TablePlace> found) {
        for (Block block : blocks) {
            if (block instanceof TableBlock table) {
                // By the plan's table: a table shown in the body and again in an appendix is named after the
                // appendix, as the finance department cites it (424's summary: "Phụ lục 07").
                found.putIfAbsent(table.tableId(), around);
            } else if (block instanceof SectionBlock nested) {
                SectionView section = nested.section();
                TablePlace inner = around;
                if (!inAppendix && section.hasTitle()) {
                    inner = new TablePlace(null, (section.number() + " " + section.title().plain()).strip(), "",
                            section.title().plain(), "");
                }
                collect(section.blocks(), inner, inAppendix, found);
            }
        }
    }
}
