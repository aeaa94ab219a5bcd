package plandoc.build;

import java.util.LinkedHashMap;
import java.util.Map;
import plandoc.compute.PortalLabelling;
import plandoc.render.portal.PlanSummary;
import plandoc.resolved.PortalEntryLabels;

/**
 * Compute's words for a plan's feed entry and open-data resources ({@link PortalLabelling}), given to each
 * {@link PlanSummary} where the build makes it (a rendered plan, a record read back): the renderers of the site-wide
 * files only write them (s23 re-read L2).
 */
public final class PortalWording implements PlanSummary.Wording {
    public static final PortalWording WORDS = new PortalWording();

    private PortalWording() {
    }

    @Override
    public PortalEntryLabels labels(PlanSummary.Entry entry) {
        Map<String, String> tableNames = new LinkedHashMap<>();
        entry.tables().forEach(table -> tableNames.put(table.budget(), table.title()));
        return PortalLabelling.of(new PortalLabelling.Plan(entry.kind(), entry.numberSymbol(), entry.shortDate(),
                entry.issuer(), entry.title(), entry.fundingLine()), tableNames, entry.changes().stream().findFirst()
                .map(c -> new PortalLabelling.Version(c.commit(), c.message())), entry.signatures());
    }
}
