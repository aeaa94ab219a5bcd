package plandoc.resolved;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One amount of a budget as tidy open data: a row of {@code <budget>.data.csv} and of the workbook's "Dữ liệu" sheet,
 * made once in compute ({@code compute.DataRows}) so the two cannot differ (s28 review M4).
 *
 * @param budget        the budget's id
 * @param groupId       the row's group's id; empty when the group has none
 * @param groupLabel    the group's title
 * @param kind          {@link RowKind#ITEM} or {@link RowKind#UNALLOCATED}
 * @param itemId        the item's id; empty for a group's unallocated money
 * @param itemTitle     the item's title
 * @param lead          the registered ids of the agencies leading the item
 * @param breakdown     "cell" for a cell of the table, else the axis id of a breakdown given per axis
 * @param members       the leaf member on each axis ("2012-2015", "tw"), or the one member of {@code breakdown}
 * @param memberLabels  their labels
 * @param amount        the amount, exact, at the budget's scale ({@code decimals:}): 0.20, not 0.2 beside 0.35
 * @param unit          "tỷ đồng", "triệu đồng" …
 * @param inTotal       true when the amounts of such rows add up to the budget's total
 * @param computed      true for a summary's rows (computed from its sources)
 * @param declaredTotal the item's total as the published document printed it, when the source records it
 * @param inPlanTotal   true when the plan's total adds the row
 */
public record DataRow(String budget, Optional<String> groupId, Optional<String> groupLabel, RowKind kind,
                      Optional<String> itemId, Optional<String> itemTitle, List<String> lead, String breakdown,
                      List<String> members, List<String> memberLabels, BigDecimal amount, String unit, boolean inTotal,
                      boolean computed, Optional<BigDecimal> declaredTotal, boolean inPlanTotal) {
    public DataRow {
        lead = List.copyOf(lead);
        members = List.copyOf(members);
        memberLabels = List.copyOf(memberLabels);
    }
}
