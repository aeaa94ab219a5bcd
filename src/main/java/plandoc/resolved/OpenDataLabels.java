package plandoc.resolved;

import java.util.Map;

/**
 * The words the site's open data package ({@code datapackage.json}) says of itself and of the tidy budget CSV's
 * columns: Vietnamese, as the data they describe is. Compute words them; the package's writer places them.
 *
 * @param title       the package's title, before the portal's name
 * @param description what a file of the package is and how its rows add up
 * @param fields      each column's description, by column name, in the CSV's order
 */
public record OpenDataLabels(String title, String description, Map<String, String> fields) {
    public OpenDataLabels {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** The description of the column {@code name}, one of {@link #fields}. */
    public String field(String name) {
        String description = fields.get(name);
        if (description == null) {
            throw new IllegalArgumentException("not a column of the tidy CSV: " + name);
        }
        return description;
    }
}
