package plandoc.compute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Hint;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.diagnostic.Suggestions;
import plandoc.model.Appendix;
import plandoc.model.AppendixNumbering;
import plandoc.model.Article;
import plandoc.model.AuthorNotes;
import plandoc.model.Plan;
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.Text;
import plandoc.model.TextPart;

/**
 * References typed as text ("điểm 5.11", "mục 4", "khoản 2 Điều 3", "Phụ lục 3", "Phần thứ hai")
 * resolved against the document's own numbering: pointing nowhere → a warning with the nearest label
 * that exists; pointing at one part that has an id → a warning to write {@code {ref:id}}, which
 * follows renumbering. A citation of another document ("Điều 5 Luật …", "Phụ lục I Nghị định 30")
 * is left alone, as is a line marked {@code <!-- plandoc giữ nguyên -->}.
 *
 * <p>A chain ("điểm b khoản 2 mục V", "khoản 5 Điều 2") is resolved whole, from the outermost link in:
 * each link must be inside the one after it, else the warning names the link that is missing ("mục II
 * không có khoản 9; mục II có khoản 1, 2"), and {@code {ref}} is suggested only for the very place
 * written — never for another part that happens to carry the same inner number. An article's
 * clauses are its paragraphs numbered "1.", "2." and their points "a)", "b)"; an article that
 * includes the plan holds the plan's sections ("khoản 9 mục V Điều 1").
 *
 * <p>Within a sentence, a part already named sets the scope of what follows: in "phần thứ hai/II:
 * mục 4 (các điểm 4.2, 4.8)", mục 4 is looked for under II of part two, and after
 * {@code {ref:x}} a "điểm 5.11" among x's siblings; a part of the scope's own kind or of a parent's (a
 * "mục II" after a point of mục III) is looked for beside it. Without a scope a number must name
 * exactly one part of the document to be hinted (several: ambiguous, left alone).
 */
final class TypedReferences {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)*|[IVXLC]+\\b|[a-zđ](?=\\)|[\\s,;.]|$))";
    private static final String ORDINAL = "thứ\\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)";
    private static final String NOUN = "điểm|mục|Mục|khoản|Điều|điều|Phụ lục|phụ lục|PHỤ LỤC";
    private static final Pattern TYPED = Pattern.compile(
            "(?<![\\p{L}])(?:(?i:(phần)\\s+(" + ORDINAL + "))(?:/([IVXLC]+)\\b)?"
                    + "|(" + NOUN + ")\\s+" + NUMBER + "(?![\\p{L}\\p{N}]))");
    /** More numbers of the same noun: "các điểm 3.2, 3.7 và 3.8". */
    private static final Pattern MORE = Pattern.compile("^\\s*(?:,|và)\\s*" + NUMBER + "(?![\\p{L}\\p{N}])");
    /** The next link of a chain, on the same line: " khoản 2", " mục II", " Điều 1", " phần thứ hai". */
    private static final Pattern LINK = Pattern.compile("^[^\\S\\n]+((?i:phần)\\s+(?i:(" + ORDINAL + "))"
            + "|(" + NOUN + ")\\s+" + NUMBER + "(?![\\p{L}\\p{N}]))");
    /** After the number: another document's name makes it a citation (unless "… này": this one). */
    private static final Pattern CITATION = Pattern.compile(
            "^\\s*(?:(?:của|tại|theo|[^\\s.;:,()]+)\\s+){0,3}?(Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công văn|Hiến pháp|"
                    + "Pháp lệnh|Văn bản|Hướng dẫn|Thông báo|Kết luận|Chương trình|Kế hoạch|Đề án|số \\d+/)(?!\\s+này)");
    /** Words that make "điểm", "mục", "khoản" part of another word: "thí điểm 1 đơn vị", "danh mục 3". */
    private static final Set<String> COMPOUNDS = Set.of("thí", "địa", "thời", "trọng", "đặc", "ưu", "nhược", "quan",
            "tiêu", "xuất", "giao", "mốc", "danh", "hạng", "tài", "điều", "các", "những");
    /** An article's clause ("1. …") and a clause's point ("a) …"), each at the start of a line. */
    private static final Pattern CLAUSE = Pattern.compile("(?m)^[ \\t]*(\\d+)[.)][ \\t]");
    private static final Pattern CLAUSE_POINT = Pattern.compile("(?m)^[ \\t]*([a-zđ])\\)[ \\t]");

    /** What a numbered place is, and so the nouns a reference may name it by. */
    private enum Kind {
        PART("phần"), ROMAN("mục"), ARABIC("mục", "khoản"), DECIMAL("điểm", "mục"), LETTER("điểm"),
        ARTICLE("điều"), CLAUSE("khoản"), CLAUSE_POINT("điểm"), APPENDIX("phụ lục");

        private final Set<String> nouns;

        Kind(String... nouns) {
            this.nouns = Set.of(nouns);
        }

        boolean section() {
            return ordinal() <= LETTER.ordinal();
        }
    }

    /** A place a typed reference may name; {@code parent} is the numbered place it is inside. */
    private record Place(Kind kind, String number, String label, Optional<String> id, Place parent, boolean holdsPlan) {
    }

    /** One link of a chain as written, at its offset in the text. */
    private record Link(String noun, String nounWritten, String number, String written, int start) {
    }

    private final List<Place> places = new ArrayList<>();
    private final Map<Section, Place> container = new IdentityHashMap<>();
    private final Map<String, Section> byId = new java.util.HashMap<>();
    private final boolean articles;
    private final AppendixNumbering appendixNumbering;
    private final Map<Text, Set<String>> appendicesNamed = new IdentityHashMap<>();
    /** The lines of Nơi nhận, where "Như Điều n" names the article on who carries the document out. */
    private final Set<Text> recipientLines = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The last article, which that usually is: its label and id. */
    private Optional<Place> lastArticle = Optional.empty();

    TypedReferences(Plan plan, SectionNumbering sections) {
        collect(plan.body().sections(), null, sections);
        List<Article> list = plan.document().articles();
        articles = !list.isEmpty();
        appendixNumbering = plan.appendices().numbering();
        for (int i = 0; i < list.size(); i++) {
            Article a = list.get(i);
            String n = Integer.toString(i + 1);
            Place article = add(new Place(Kind.ARTICLE, n, "Điều " + n, Optional.of(a.id().value()), null, a.includesPlan()));
            clauses(a.text().literalText(), article);
            lastArticle = Optional.of(article);
        }
        plan.document().recipients().forEach(r -> recipientLines.addAll(r.texts()));
        List<Appendix> items = plan.appendices().items();
        for (int i = 0; i < items.size(); i++) {
            String number = AppendixNumbers.of(plan.appendices(), i)
                    .orElse(Numbering.appendix(plan.appendices().numbering(), i + 1));
            add(new Place(Kind.APPENDIX, normal(number), AppendixNumbers.label(plan.appendices(), i),
                    Optional.of(items.get(i).id().value()), null, false));
        }
    }

    private Place add(Place place) {
        places.add(place);
        return place;
    }

    private void collect(List<Section> list, Place parent, SectionNumbering sections) {
        for (Section s : list) {
            container.put(s, parent);
            s.id().ifPresent(id -> byId.put(id.value(), s));
            SectionNumbering.Numbered n = sections.of(s);
            Place place = null;
            if (n != null && n.style() != null && !n.heading().isEmpty()) {
                Kind kind = switch (n.style()) {
                    case PART -> Kind.PART;
                    case ROMAN -> Kind.ROMAN;
                    case ARABIC -> Kind.ARABIC;
                    case DECIMAL -> Kind.DECIMAL;
                    case LETTER -> Kind.LETTER;
                    default -> null;
                };
                if (kind != null) {
                    place = add(new Place(kind, n.number(), n.label(), s.id().map(i -> i.value()), parent, false));
                }
            }
            collect(s.sections(), place != null ? place : parent, sections);
        }
    }

    /** An article's clauses "1. …" and their points "a) …", as its text numbers them. */
    private void clauses(String text, Place article) {
        List<int[]> starts = new ArrayList<>();
        Matcher c = CLAUSE.matcher(text);
        while (c.find()) {
            starts.add(new int[] {c.start(), Integer.parseInt(c.group(1))});
        }
        Matcher p = CLAUSE_POINT.matcher(text);
        int next = 0;
        Place clause = null;
        while (p.find()) {
            while (next < starts.size() && starts.get(next)[0] < p.start()) {
                clause = clauseAt(starts.get(next++)[1], article);
            }
            Place parent = clause == null ? article : clause;
            add(new Place(Kind.CLAUSE_POINT, p.group(1), "điểm " + p.group(1) + " " + parent.label(), Optional.empty(), parent,
                    false));
        }
        while (next < starts.size()) {
            clauseAt(starts.get(next++)[1], article);
        }
    }

    private Place clauseAt(int number, Place article) {
        return add(new Place(Kind.CLAUSE, Integer.toString(number), "khoản " + number + " " + article.label(), Optional.empty(),
                article, false));
    }

    void check(List<Text> texts, Problems problems) {
        for (Text text : texts) {
            new Reading(text, problems).read();
        }
    }

    /** The appendices (ids) a text names by a typed reference, opt-out lines included. */
    Set<String> appendicesNamedIn(Text text) {
        return appendicesNamed.getOrDefault(text, Set.of());
    }

    /** One text read from start to end, keeping the scope a sentence has set. */
    private final class Reading {
        private final Text text;
        private final Problems problems;
        private final String literal;
        private final AuthorNotes.Scan notes;
        private Place scope;
        private int scopeAt;
        /** The reference being read is on a line the author opted out: resolved (for appendices), not reported. */
        private boolean quiet;

        Reading(Text text, Problems problems) {
            this.text = text;
            this.problems = problems;
            this.literal = text.literalText();
            this.notes = new AuthorNotes.Scan(literal);
        }

        void read() {
            int offset = 0;
            for (TextPart part : text.parts()) {
                if (part instanceof TextPart.Literal l) {
                    scan(offset, offset + l.value().length());
                    offset += l.value().length();
                } else if (part instanceof Reference ref && ref.kind() == Reference.Kind.REF) {
                    String first = ref.target().split(",")[0].strip();
                    Section s = byId.get(first);
                    if (s != null) {
                        scope = container.get(s);
                        scopeAt = offset;
                    }
                }
            }
        }

        private void scan(int from, int to) {
            Matcher m = TYPED.matcher(literal).region(from, to);
            m.useTransparentBounds(true);
            int consumed = from;
            while (m.find()) {
                if (m.start() < consumed) {
                    continue; // a link of the chain just read
                }
                if (scope != null && sentenceEnds(scopeAt, m.start())) {
                    scope = null;
                }
                if (compound(m.start()) || CITATION.matcher(literal.substring(m.end(), to)).find()) {
                    continue;
                }
                quiet = notes.skip(m.start());
                if (m.group(1) != null) {
                    part(m);
                    continue;
                }
                String noun = m.group(4).toLowerCase(Locale.ROOT);
                List<Link> heads = new ArrayList<>(List.of(
                        new Link(noun, m.group(4), normal(m.group(5)), m.group().strip(), m.start())));
                int end = m.end();
                Matcher more = MORE.matcher(literal).region(end, to);
                while (more.lookingAt()) {
                    heads.add(new Link(noun, noun, normal(more.group(1)), noun + " " + more.group(1), more.start(1)));
                    end = more.end();
                    more = MORE.matcher(literal).region(end, to);
                }
                List<Link> outer = new ArrayList<>();
                Matcher link = LINK.matcher(literal).region(end, to);
                while (link.lookingAt()) {
                    outer.add(link.group(2) != null
                            ? new Link("phần", "phần", ordinal(link.group(2)), link.group(1), link.start(1))
                            : new Link(link.group(3).toLowerCase(Locale.ROOT), link.group(3), normal(link.group(4)),
                                    link.group(1), link.start(1)));
                    end = link.end();
                    link = LINK.matcher(literal).region(end, to);
                }
                consumed = end;
                if (!outer.isEmpty() && CITATION.matcher(literal.substring(end, to)).find()) {
                    continue; // "điểm a khoản 2 Điều 5 Luật …": another document's
                }
                for (Link head : heads) {
                    List<Link> chain = new ArrayList<>();
                    chain.add(head);
                    chain.addAll(outer);
                    resolve(chain, written(chain, 0));
                }
            }
        }

        /** "phần thứ hai" (and "/II"): checked, and the scope of the rest of the sentence. */
        private void part(Matcher m) {
            String written = m.group().strip();
            Link part = new Link("phần", "phần", ordinal(m.group(2)), written.replaceFirst("/.*", ""), m.start());
            List<Link> chain = m.group(3) == null ? List.of(part)
                    : List.of(new Link("mục", "mục", m.group(3), "mục " + m.group(3), m.start()), part);
            unique(resolve(chain, written)).ifPresent(p -> {
                scope = p;
                scopeAt = m.start();
            });
        }

        /**
         * Resolves a chain written innermost first ("điểm b", "khoản 2", "mục V"), reports what it points at, and
         * returns the places it may name (several: ambiguous).
         */
        private List<Place> resolve(List<Link> chain, String written) {
            Link outermost = chain.get(chain.size() - 1);
            if (outermost.noun().equals("điều") && !articles) {
                warn(chain.get(0).start(), "typed.ref-no-articles", written);
                return List.of();
            }
            boolean absolute = outermost.noun().equals("điều") || outermost.noun().equals("phụ lục")
                    || outermost.noun().equals("phần");
            Place within = absolute ? null : scopeFor(outermost);
            List<Place> current = resolveWithin(outermost, within, chain, written);
            if (current.isEmpty()) {
                return current;
            }
            if (chain.size() > 1 && current.get(0).kind() == Kind.APPENDIX) {
                current.forEach(this::named);
                return List.of(); // what is inside an appendix is its own text, not numbered here
            }
            for (int i = chain.size() - 2; i >= 0; i--) {
                Link link = chain.get(i);
                List<Place> inside = new ArrayList<>();
                List<Place> found = new ArrayList<>();
                for (Place p : places) {
                    if (p.kind().nouns.contains(link.noun()) && current.stream().anyMatch(c -> under(p, c))) {
                        inside.add(p);
                        if (p.number().equals(link.number())) {
                            found.add(p);
                        }
                    }
                }
                if (found.isEmpty()) {
                    String outer = written(chain, i + 1);
                    if (current.size() > 1) {
                        warn(chain.get(0).start(), "typed.ref-link-nowhere", written, outer, link.written());
                    } else if (inside.isEmpty()) {
                        Place only = current.get(0);
                        List<Place> other = shallowest(places.stream().filter(p -> under(p, only)).toList(), only);
                        if (other.isEmpty()) {
                            warn(chain.get(0).start(), "typed.ref-link-none", written, outer, link.nounWritten());
                        } else {
                            warn(chain.get(0).start(), "typed.ref-link-other", written, outer, link.nounWritten(), outer,
                                    other.get(0).label().split(" ")[0] + " " + range(other));
                        }
                    } else {
                        warn(chain.get(0).start(), "typed.ref-link-missing", written, outer, link.written(), outer,
                                link.nounWritten() + " " + range(shallowest(inside, current.get(0))));
                    }
                    return List.of();
                }
                current = found;
            }
            if (current.size() == 1) {
                Place target = current.get(0);
                named(target);
                // A plan printed inside an article: {ref} prints "khoản 9 mục V", the article stays written.
                String after = outermost.noun().equals("điều") && target.kind().section() ? " " + outermost.written() : "";
                target.id().ifPresent(id -> warn(chain.get(0).start(), "typed.ref-exists", written, target.label(),
                        "{ref:" + id + "}" + after));
            }
            return current;
        }

        /** The outermost link: the places of its number under {@code within}; a warning when there is none. */
        private List<Place> resolveWithin(Link link, Place within, List<Link> chain, String written) {
            List<Place> candidates = places.stream().filter(p -> p.kind().nouns.contains(link.noun()))
                    .filter(p -> within == null || under(p, within)).toList();
            if (candidates.isEmpty() && within == null && chain.size() < 2) {
                return List.of(); // the document has no such parts: a word, not a reference
            }
            List<Place> found = candidates.stream().filter(p -> p.number().equals(link.number())).toList();
            if (found.isEmpty()) {
                Map<String, String> labels = new LinkedHashMap<>();
                candidates.forEach(p -> labels.putIfAbsent(link.noun() + " " + p.number(), p.label()));
                Optional<String> nearest = Suggestions.nearest(link.noun() + " " + link.number(), labels.keySet())
                        .map(labels::get);
                int at = chain.isEmpty() ? link.start() : chain.get(0).start();
                if (chain.size() < 2 && link.noun().equals("phụ lục") && link.number().matches("\\d+")
                        && candidates.size() == 1 && candidates.get(0).label().equals("Phụ lục")) {
                    // "PHỤ LỤC 08" beside an only appendix printed "Phụ lục": not a misspelt "Phụ lục", but a number
                    // the appendix does not print yet, as when it continues an amended plan's (s30 tryout F6).
                    warn(at, "typed.ref-appendix-unnumbered", written, startLines(link), candidates.get(0).id().orElseThrow(),
                            digitsWritten(link));
                } else if (chain.size() < 2 && link.noun().equals("điều") && recipientLines.contains(text)) {
                    // "Như Điều 5" in Nơi nhận: the nearest number is no guide, the article on who carries it out is.
                    Place last = lastArticle.orElseThrow();
                    warn(at, "typed.ref-recipient-missing", written, last.label(), "{ref:" + last.id().orElseThrow() + "}");
                } else if (chain.size() < 2) {
                    warn(at, "typed.ref-missing", written, Hint.nearest(nearest));
                } else {
                    warn(at, "typed.ref-outer-missing", written, link.written(), Hint.nearest(nearest));
                }
            }
            return found;
        }

        /** "numbering: arabic-2, start: 8" for "PHỤ LỤC 08": what appendices: needs to print the number as written. */
        private String startLines(Link link) {
            String digits = digitsWritten(link);
            AppendixNumbering written = digits.startsWith("0") ? AppendixNumbering.ARABIC_2 : AppendixNumbering.ARABIC;
            return (written == appendixNumbering ? "" : "numbering: " + written + ", ") + "start: " + link.number();
        }

        /** "08" of "PHỤ LỤC 08", as typed. */
        private static String digitsWritten(Link link) {
            return link.written().substring(link.written().lastIndexOf(' ') + 1);
        }

        /**
         * The scope a link is looked for in: the sentence's, or, when the link names a part of the same kind as
         * the scope or one of its parents (a "mục II" after a point of mục III), that part's parent.
         */
        private Place scopeFor(Link link) {
            String shape = shape(link.number());
            for (Place s = scope; s != null; s = s.parent()) {
                if (s.kind().nouns.contains(link.noun()) && shape(s.number()).equals(shape)) {
                    return s.parent();
                }
            }
            return scope;
        }

        private void named(Place place) {
            if (place.kind() == Kind.APPENDIX) {
                appendicesNamed.computeIfAbsent(text, t -> new HashSet<>()).add(place.id().orElseThrow());
            }
        }

        private void warn(int at, String key, Object... args) {
            if (!quiet) {
                SourcePosition position = text.positionOf(at);
                problems.warning(position, key, args);
            }
        }

        /** The chain from link {@code from} outwards, as written. */
        private String written(List<Link> chain, int from) {
            StringBuilder out = new StringBuilder();
            for (int i = from; i < chain.size(); i++) {
                out.append(out.isEmpty() ? "" : " ").append(chain.get(i).written().replaceAll("\\s+", " "));
            }
            return out.toString();
        }

        private boolean sentenceEnds(int from, int to) {
            String between = literal.substring(Math.min(from, to), to);
            return between.matches("(?s).*(?:[.;](?:\\s|$)|\\n).*");
        }

        private boolean compound(int start) {
            String before = literal.substring(Math.max(0, start - 12), start).stripTrailing();
            int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
            String word = before.substring(space + 1).toLowerCase(Locale.ROOT);
            return COMPOUNDS.contains(word) && !word.equals("các") && !word.equals("những")
                    || word.endsWith("/");
        }
    }

    private static Optional<Place> unique(List<Place> found) {
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Whether {@code p} is inside {@code container}; an article that includes the plan holds all its sections. */
    private static boolean under(Place p, Place container) {
        for (Place q = p.parent(); q != null; q = q.parent()) {
            if (q == container) {
                return true;
            }
        }
        return container.holdsPlan() && p.kind().section();
    }

    /** Of the places inside {@code container}, those nearest to it (its own clauses, not their points). */
    private static List<Place> shallowest(List<Place> inside, Place container) {
        int min = inside.stream().mapToInt(p -> depth(p, container)).min().orElse(0);
        return inside.stream().filter(p -> depth(p, container) == min).toList();
    }

    private static int depth(Place p, Place container) {
        int depth = 0;
        for (Place q = p.parent(); q != null && q != container; q = q.parent()) {
            depth++;
        }
        return depth;
    }

    /** "1, 2" or "1–9": the numbers that exist, in the order printed. */
    private static String range(List<Place> list) {
        List<String> numbers = list.stream().map(Place::number).distinct().toList();
        return numbers.size() > 2 ? numbers.get(0) + "–" + numbers.get(numbers.size() - 1) : String.join(", ", numbers);
    }

    /** The kind of number written: roman, arabic, decimal, letter, ordinal. */
    private static String shape(String number) {
        if (number.matches("\\d+")) {
            return "arabic";
        } else if (number.matches("\\d+(\\.\\d+)+")) {
            return "decimal";
        } else if (number.matches("[IVXLC]+")) {
            return "roman";
        } else if (number.startsWith("thứ")) {
            return "ordinal";
        }
        return "letter";
    }

    private static String ordinal(String written) {
        return written.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "03" and "3" are the same appendix number. */
    private static String normal(String number) {
        return number.matches("0+\\d+") ? number.replaceFirst("^0+", "") : number;
    }
}
