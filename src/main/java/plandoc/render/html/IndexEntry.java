package plandoc.render.html;

import plandoc.resolved.DocumentInfo;

/**
 * One row of the site index.
 *
 * @param fundingMillions the plan's total in the one unit of the index's money column, in the chrome's
 *                        number form ("724.900", English "724,900" triệu đồng), or "" (an empty cell), as
 *                        compute made it ({@code IndexFunding})
 */
public record IndexEntry(DocumentInfo info, PlanLinks links, String fundingMillions) {
}
