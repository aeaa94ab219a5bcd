package plandoc.compute;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the site names an agency, on the agency view and in the index's agency filter alike: by its register's name;
 * when two registers (two provinces' plans on one site) each have an agency of that name, with the issuers of the
 * plans that give it work, "Sở Nội vụ (Ủy ban nhân dân tỉnh Quảng Trị)": one entry per agency, told apart, or a
 * reader takes one province's tasks for the other's (s24 review M1, s24-province).
 */
public final class AgencyLabels {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Set<String>> issuers = new LinkedHashMap<>();

    /** The agency {@code id}, named {@code name} in its register, given work by a plan {@code issuer} issues. */
    public void add(String id, String name, String issuer) {
        names.putIfAbsent(id, name);
        issuers.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(issuer);
    }

    /** Every agency added, by id: its name, with its plans' issuers when another agency has the same name. */
    public Map<String, String> byId() {
        Map<String, Long> named = new LinkedHashMap<>();
        names.values().forEach(name -> named.merge(name, 1L, Long::sum));
        Map<String, String> labels = new LinkedHashMap<>();
        names.forEach((id, name) -> labels.put(id, named.get(name) > 1
                ? name + " (" + String.join(", ", issuers.get(id)) + ")" : name));
        return labels;
    }
}
