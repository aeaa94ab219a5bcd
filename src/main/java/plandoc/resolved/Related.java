package plandoc.resolved;

import java.util.List;

/**
 * How a document stands to other documents of the site: what it amends or corrects, and what amends or corrects it
 * (s30 tryout F5). Shown on its site page only, never printed: the issued document stays as issued.
 *
 * @param documents the other documents, in the order the page lists them
 */
public record Related(List<Document> documents) {
    public static final Related NONE = new Related(List.of());

    public Related {
        documents = List.copyOf(documents);
    }

    /** How the other document stands to this one; {@link #key()} names the page's words for it. */
    public enum Relation {
        AMENDS("amends"), CORRECTS("corrects"), AMENDED_BY("amended-by"), CORRECTED_BY("corrected-by");

        private final String key;

        Relation(String key) {
            this.key = key;
        }

        /** "amended-by": the site text key {@code related.amended-by} and the open data's word. */
        public String key() {
            return key;
        }

        /** Whether this document itself names the other ({@code amends:}, {@code corrects:}). */
        public boolean named() {
            return this == AMENDS || this == CORRECTS;
        }

        public static java.util.Optional<Relation> of(String key) {
            return java.util.Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
        }
    }

    /**
     * One other document.
     *
     * @param slug     its plan folder, the page linked ("../slug/")
     * @param citation how it is cited, "Quyết định số 1520/QĐ-UBND ngày 15/06/2026" (compute words it)
     * @param relation how it stands to this document
     */
    public record Document(Relation relation, String slug, String citation) {
        /** The relation's key, for the templates. */
        public String kind() {
            return relation.key();
        }

        /** Its page from the site root ("slug/index.html"), as the index, search data, feed and open data link it. */
        public String page() {
            return slug + "/index.html";
        }
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** The lines a page key is made of: a page lists these, so another document's number or date renders it again. */
    public String digestText() {
        StringBuilder text = new StringBuilder();
        documents.forEach(d -> text.append(d.relation().key()).append('\u0000').append(d.slug()).append('\u0000')
                .append(d.citation()).append('\n'));
        return text.toString();
    }
}
