package plandoc.render.html;

import plandoc.compute.FigureForm;
import plandoc.compute.IndexFunding;
import plandoc.resolved.DocumentInfo;

/**
 * One row of the site index.
 *
 * @param fundingMillions the plan's total in the one unit of the index's money column, in the chrome's
 *                        number form ("724.900", English "724,900" triệu đồng), or ""
 */
public record IndexEntry(DocumentInfo info, PlanLinks links, String fundingMillions) {
    /** A row of a Vietnamese index. */
    public IndexEntry(DocumentInfo info, PlanLinks links) {
        this(info, links, FigureForm.VIETNAMESE);
    }

    public IndexEntry(DocumentInfo info, PlanLinks links, FigureForm form) {
        this(info, links, IndexFunding.of(info.fundingTotal(), info.fundingUnit(), form));
    }
}
