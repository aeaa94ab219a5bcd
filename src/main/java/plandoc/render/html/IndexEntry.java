package plandoc.render.html;

import plandoc.compute.IndexFunding;
import plandoc.resolved.DocumentInfo;

/** One row of the site index. */
public record IndexEntry(DocumentInfo info, PlanLinks links) {
    /** The plan's total in the one unit of the index's money column ("724.900" triệu đồng), or "". */
    public String fundingMillions() {
        return IndexFunding.of(info.fundingTotal(), info.fundingUnit());
    }
}
