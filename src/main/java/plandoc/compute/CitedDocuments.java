package plandoc.compute;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.AuthorNotes;
import plandoc.model.Text;
import plandoc.resolved.Cited;
import plandoc.resolved.DocumentInfo;

/**
 * Citations of the site's other documents typed in prose ("Quyết định số 4086/QĐ-UBND ngày 28/12/2012", "Kế hoạch số
 * 86/KH-UBND"), resolved against the documents the site publishes: one of the same kind and number-symbol, and when
 * a date is typed, of that date, is the citation's target. Numbers restart every year, so an undated citation names
 * a document only when one document on the site carries its number. A typed date no document of that number has is a
 * warning at the citation; a citation of a document the site does not publish (most cite central laws) stays text.
 */
public final class CitedDocuments {
    /** A kind's name, its number-symbol ("4086/QĐ-UBND", "60/2014/QĐ-UBND") and an optional date, either way written. */
    private static final Pattern TYPED = Pattern.compile("(?<![\\p{L}\\p{N}])(Quyết định|Kế hoạch|Chương trình|Đề án"
            + "|Báo cáo|Quy hoạch|Công văn)\\s+số\\s+(\\d+(?:/[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)+)"
            + "(?:\\s+ngày\\s+(\\d{1,2})(?:/|\\s+tháng\\s+)(\\d{1,2})(?:/|\\s+năm\\s+)(\\d{4}))?(?![\\p{L}\\p{N}/-])");
    /** A Markdown link or a code span: a citation inside one is the author's own and left as written. */
    private static final Pattern OWN = Pattern.compile("\\[[^\\]\\n]*\\]\\([^)\\n]*\\)|`[^`\\n]*`");

    private final List<DocumentInfo> site;

    /** @param site the documents the site publishes besides the citing one (no drafts, nothing secret) */
    public CitedDocuments(List<DocumentInfo> site) {
        this.site = List.copyOf(site);
    }

    /** Whether no document can be cited: {@link #cited} of any text is then none, {@link #linked} the text itself. */
    public boolean citesNothing() {
        return site.isEmpty();
    }

    /** One citation as typed: where it is in the text, its kind and number-symbol, and its date when typed. */
    record Typed(int start, int end, String kind, String number, Optional<LocalDate> date) {
    }

    /** The documents cited in {@code text} that the site publishes, in the order typed, each once. */
    public Cited cited(List<String> texts) {
        List<Cited.Link> links = new ArrayList<>();
        for (String text : texts) {
            for (Typed typed : typed(text)) {
                target(typed).map(d -> new Cited.Link(citation(d), d.slug()))
                        .filter(l -> !links.contains(l)).ifPresent(links::add);
            }
        }
        return new Cited(links);
    }

    /**
     * {@code markdown} with each citation of a document of the site a link to its page, {@code ../slug/index.html}:
     * the same from every file of a plan's folder (page, PDF, Word copy), as the site lays them out.
     */
    public String linked(String markdown) {
        List<int[]> own = new ArrayList<>();
        Matcher m = OWN.matcher(markdown);
        while (m.find()) {
            own.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (Typed typed : typed(markdown)) {
            if (own.stream().anyMatch(r -> typed.start() < r[1] && typed.end() > r[0])) {
                continue;
            }
            Optional<DocumentInfo> target = target(typed);
            if (target.isPresent()) {
                out.append(markdown, done, typed.start()).append('[')
                        .append(markdown, typed.start(), typed.end()).append("](").append(page(target.get().slug()))
                        .append(')');
                done = typed.end();
            }
        }
        return done == 0 ? markdown : out.append(markdown, done, markdown.length()).toString();
    }

    /** How a document is cited, "Quyết định số 4086/QĐ-UBND": what a link records of it ({@link Cited.Link}). */
    public static String citation(DocumentInfo d) {
        return d.kindName() + " số " + d.numberSymbol();
    }

    /** The page of the document in folder {@code slug}, from any file of another plan's folder. */
    public static String page(String slug) {
        return "../" + slug + "/index.html";
    }

    /**
     * A warning at each citation whose number names a document of the site but whose typed date none of them has (a
     * slip in the date, or a citation of an older document of the same number, which must then say so), and at an
     * undated one whose number several documents of the site carry.
     */
    public void check(List<Text> texts, Problems problems) {
        for (Text text : texts) {
            String literal = text.literalText();
            AuthorNotes.Scan notes = new AuthorNotes.Scan(literal);
            for (Typed typed : typed(literal)) {
                if (notes.skip(typed.start())) {
                    continue;
                }
                List<DocumentInfo> numbered = numbered(typed);
                if (numbered.isEmpty() || target(typed).isPresent()) {
                    continue;
                }
                String as = literal.substring(typed.start(), typed.end());
                plandoc.diagnostic.SourcePosition at = text.positionOf(typed.start());
                String content = ContentFolderName.of(at);
                String dates = String.join(", ", numbered.stream().map(d -> dated(d, content)).toList());
                if (typed.date().isPresent()) {
                    problems.warning(at, "cited.date-differs", as, dates, VietnameseDates.short_(typed.date().get()));
                } else {
                    problems.warning(at, "cited.undated-ambiguous", as, dates);
                }
            }
        }
    }

    /** The document as cited, with its folder in the content folder the citing file is in (s35 review L1). */
    private static String dated(DocumentInfo d, String content) {
        return DocumentCitation.of(d) + " (" + content + d.slug() + ")";
    }

    /** The one document of the site the citation names: its number and, when typed, its date. */
    private Optional<DocumentInfo> target(Typed typed) {
        List<DocumentInfo> numbered = numbered(typed);
        List<DocumentInfo> dated = typed.date().isEmpty() ? numbered
                : numbered.stream().filter(d -> d.date().equals(typed.date())).toList();
        return dated.size() == 1 ? Optional.of(dated.get(0)) : Optional.empty();
    }

    private List<DocumentInfo> numbered(Typed typed) {
        return site.stream().filter(d -> !d.draft() && d.kindName().equalsIgnoreCase(typed.kind())
                && key(d.numberSymbol()).equals(key(typed.number()))).toList();
    }

    private static String key(String numberSymbol) {
        return numberSymbol.toUpperCase(Locale.ROOT);
    }

    static List<Typed> typed(String text) {
        List<Typed> found = new ArrayList<>();
        Matcher m = TYPED.matcher(text); // the loader made every text NFC
        while (m.find()) {
            Optional<LocalDate> date = Optional.empty();
            if (m.group(3) != null) {
                try {
                    date = Optional.of(LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)),
                            Integer.parseInt(m.group(3))));
                } catch (DateTimeException e) {
                    continue; // "ngày 31/02/2020" is no date: other checks read dates; no link to a guess
                }
            }
            found.add(new Typed(m.start(), m.end(), m.group(1), m.group(2), date));
        }
        return found;
    }
}
