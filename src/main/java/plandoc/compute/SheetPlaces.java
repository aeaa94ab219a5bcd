package plandoc.compute;

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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where each budget table of the workbook is printed, which names its sheet: its appendix ("Phụ lục 3", heading,
 * title, caption) or the section around it; an appendix first, where a table is shown in both.
 */
final class SheetPlaces {
    private static final String CHECK_SHEET = SheetLayouts.CHECK_SHEET;
    private static final int MOST_CHARACTERS = 31;

    /**
     * A table's place.
     *
     * @param label   "Phụ lục 3", or the section's number and title, or the table id
     * @param heading "PHỤ LỤC 3", or "" outside an appendix
     * @param title   the appendix title (upper-case) or ""
     * @param caption "(Kèm theo Quyết định số …)" or ""
     */
    record Place(TableView table, String label, String heading, String title, String caption) {
        private Place with(TableView t) {
            return new Place(t, label.isEmpty() ? t.id() : label, heading, title, caption);
        }
    }

    private SheetPlaces() {
    }

    /** Every budget table of the plan with its place, in the order of {@link ResolvedPlan#tables()}. */
    static List<Place> budgets(ResolvedPlan plan) {
        Map<String, Place> found = new LinkedHashMap<>();
        for (AppendixView appendix : plan.appendices()) {
            collect(appendix.blocks(), new Place(null, appendix.label(), appendix.heading(),
                    appendix.title().plain(), appendix.caption()), true, found);
        }
        for (SectionView section : plan.body().sections()) {
            collect(List.of(new SectionBlock(section)), new Place(null, "", "", "", ""), false, found);
        }
        List<Place> out = new ArrayList<>();
        for (TableView table : plan.tables()) {
            if (table.kind() == TableKind.BUDGET) {
                Place place = found.get(table.id());
                out.add(place != null ? place.with(table) : new Place(table, table.id(), "", "", ""));
            }
        }
        return out;
    }

    private static void collect(List<Block> blocks, Place around, boolean inAppendix, Map<String, Place> found) {
        for (Block block : blocks) {
            if (block instanceof TableBlock table) {
                // By the plan's table: a table shown in the body and again in an appendix is named after the
                // appendix, as the finance department cites it (424's summary: "Phụ lục 07").
                found.putIfAbsent(table.tableId(), around);
            } else if (block instanceof SectionBlock nested) {
                SectionView section = nested.section();
                Place inner = around;
                if (!inAppendix && section.hasTitle()) {
                    inner = new Place(null, (section.number() + " " + section.title().plain()).strip(), "",
                            section.title().plain(), "");
                }
                collect(section.blocks(), inner, inAppendix, found);
            }
        }
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
    static String sheetName(String label, Set<String> taken) {
        String base = safe(label.isBlank() ? "Bảng" : label);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase(CHECK_SHEET)
                || name.equalsIgnoreCase(SheetLayouts.SPLIT_CHECK_SHEET) || name.equalsIgnoreCase(SheetLayouts.DATA_SHEET);
                n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MOST_CHARACTERS - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    /**
     * The label cut to 31 characters, a character Excel refuses in a sheet name made "-", and an apostrophe at
     * either end (as POI's WorkbookUtil.createSafeSheetName does, which named the sheets before).
     */
    private static String safe(String label) {
        StringBuilder name = new StringBuilder(label.substring(0, Math.min(MOST_CHARACTERS, label.length())));
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if ("\u0000\u0003:/\\?*[]".indexOf(c) >= 0 || c == '\'' && (i == 0 || i == name.length() - 1)) {
                name.setCharAt(i, '-');
            }
        }
        return name.toString();
    }
}
