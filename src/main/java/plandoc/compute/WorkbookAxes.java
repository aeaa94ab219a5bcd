package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.resolved.BudgetData;

/**
 * A budget's axes as plandoc's workbook records them for {@code import}: neither the printed sheet (whose header
 * prints members, not the axis's label, "Nguồn vốn") nor the "Dữ liệu" sheet (member codes only) gives an axis's id
 * and label back, so an officer importing the workbook plandoc wrote got "source" for "nguon" and no label (s32
 * tryout L4). One custom document property per budget table, named {@link #PREFIX} and the table's id, holds one
 * line per axis, outermost first: its id, a tab, its label (empty when it has none). Like {@link SheetLayouts#WRITTEN_BY}
 * it is kept when Excel saves the file again.
 */
public final class WorkbookAxes {
    /** The property's name before the table's id. */
    public static final String PREFIX = "plandoc-truc:";

    /** An axis's id and its label, if it has one. */
    public record AxisName(String id, Optional<String> label) {
    }

    private WorkbookAxes() {
    }

    /** The property's value for {@code axes}. */
    public static String value(List<BudgetData.AxisData> axes) {
        StringBuilder out = new StringBuilder();
        for (BudgetData.AxisData axis : axes) {
            out.append(out.isEmpty() ? "" : "\n").append(axis.id()).append('\t')
                    .append(axis.label().map(l -> l.replaceAll("\\s+", " ").strip()).orElse(""));
        }
        return out.toString();
    }

    /** The axes a property's value names, outermost first. */
    public static List<AxisName> read(String value) {
        List<AxisName> axes = new ArrayList<>();
        value.lines().forEach(line -> {
            int tab = line.indexOf('\t');
            String id = (tab < 0 ? line : line.substring(0, tab)).strip();
            String label = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (!id.isEmpty()) {
                axes.add(new AxisName(id, label.isEmpty() ? Optional.empty() : Optional.of(label)));
            }
        });
        return axes;
    }
}
