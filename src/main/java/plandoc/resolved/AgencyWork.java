package plandoc.resolved;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Work a plan assigns to an agency: a section it is given, or a task or budget row it leads or
 * takes part in.
 *
 * @param role       "chủ trì", "phối hợp" or "thực hiện" (a section's assignment)
 * @param label      how the plan refers to it: "dự án số 3", "mục V.2"
 * @param anchor     the anchor in the plan's page
 * @param amount     the row's computed total when the agency leads a budget row
 * @param amountText the amount as printed with its unit ("12,00 tỷ đồng"), or ""
 */
public record AgencyWork(String agencyId, String agencyName, boolean group, String role, String label, String title,
                         String anchor, Optional<BigDecimal> amount, String unit, String amountText) {
}
