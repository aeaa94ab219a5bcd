package plandoc.resolved;

import java.util.List;

/**
 * One agency's page in the site: its work across every plan, and the money of the rows it leads.
 *
 * @param totalText the total of the budget rows it leads, converted exactly to one unit, or ""
 */
public record AgencyPage(String id, String name, boolean group, List<Entry> entries, String totalText) {
    public AgencyPage {
        entries = List.copyOf(entries);
    }

    /** A piece of work and the plan it is in. */
    public record Entry(String planSlug, String planNumberSymbol, String planTitle, AgencyWork work) {
    }
}
