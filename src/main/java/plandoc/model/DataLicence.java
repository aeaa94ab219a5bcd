package plandoc.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The licence a province publishes its open data under ({@code province.yaml}'s {@code data_licence:}): a grant of
 * rights made in the province's name, so the province chooses it; plandoc claims none by itself (s24 review L2).
 * One of the open licences the Open Definition lists, by its id, or the address of the province's own terms.
 *
 * @param name  the licence's Open Definition id ("CC-BY-4.0"); empty for a province's own terms
 * @param title its full name; empty for a province's own terms
 * @param path  where its text is
 */
public record DataLicence(Optional<String> name, Optional<String> title, URI path) {
    /** The open licences for data a province may name by id, as the Open Definition spells them. */
    public static final List<DataLicence> KNOWN = List.of(
            known("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            known("CC-BY-SA-4.0", "Creative Commons Attribution Share-Alike 4.0",
                    "https://creativecommons.org/licenses/by-sa/4.0/"),
            known("CC0-1.0", "CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
            known("ODC-BY-1.0", "Open Data Commons Attribution License 1.0", "https://opendatacommons.org/licenses/by/1-0/"),
            known("ODbL-1.0", "Open Data Commons Open Database License 1.0", "https://opendatacommons.org/licenses/odbl/1-0/"),
            known("PDDL-1.0", "Open Data Commons Public Domain Dedication and License 1.0",
                    "https://opendatacommons.org/licenses/pddl/1-0/"));

    private static DataLicence known(String name, String title, String path) {
        return new DataLicence(Optional.of(name), Optional.of(title), URI.create(path));
    }

    /** The known licence of that id, in any letter case ("cc-by-4.0"). */
    public static Optional<DataLicence> named(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return KNOWN.stream().filter(l -> l.name().orElseThrow().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The ids a province may write, for an error's list and its suggestion. */
    public static List<String> ids() {
        return KNOWN.stream().map(l -> l.name().orElseThrow()).toList();
    }

    /** A province's own terms, published at {@code address}. */
    public static DataLicence ownTerms(URI address) {
        return new DataLicence(Optional.empty(), Optional.empty(), address);
    }

    /** What the build's settings digest says of it: a changed licence writes datapackage.json again. */
    public String keyText() {
        return name.orElse("") + " " + path;
    }
}
