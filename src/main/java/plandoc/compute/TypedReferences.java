package plandoc.compute;

import java.util.ArrayList;
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
import plandoc.model.AuthorNotes;
import plandoc.model.NumberingStyle;
import plandoc.model.Plan;
import plandoc.model.Reference;
import plandoc.model.Section;
import plandoc.model.Text;
import plandoc.model.TextPart;

/**
 * References typed as text ("điểm 5.11", "mục 4", "khoản 2 Điều 3", "Phụ lục 3", "Phần thứ hai")
 * resolved against the plan's own numbering: pointing nowhere → a warning with the nearest label
 * that exists; pointing at one part that has an id → a warning to write {@code {ref:id}}, which
 * follows renumbering. A citation of another document ("Điều 5 Luật …", "Phụ lục I Nghị định 30")
 * is left alone, as is a line marked {@code <!-- plandoc giữ nguyên -->}.
 *
 * <p>Within a sentence, a part already named sets the scope of what follows: in "phần thứ hai/II:
 * mục 4 (các điểm 4.2, 4.8)", mục 4 is looked for under II of part two, and after
 * {@code {ref:x}} a "điểm 5.11" among x's siblings. Without a scope a number must name exactly one
 * part of the plan to be hinted (several: ambiguous, left alone) and none to be warned about.
 */
final class TypedReferences {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)*|[IVXLC]+\\b|[a-zđ](?=\\)|[\\s,;.]|$))";
    private static final Pattern TYPED = Pattern.compile(
            "(?<![\\p{L}])(?:(?i:(phần)\\s+(thứ\\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)))(?:/([IVXLC]+)\\b)?"
                    + "|(điểm|mục|khoản|Điều|điều|Phụ lục|phụ lục|PHỤ LỤC)\\s+" + NUMBER + "(?![\\p{L}\\p{N}]))");
    /** More numbers of the same noun: "các điểm 3.2, 3.7 và 3.8". */
    private static final Pattern MORE = Pattern.compile("^\\s*(?:,|và)\\s*" + NUMBER + "(?![\\p{L}\\p{N}])");
    /** After the number: another document's name makes it a citation (unless "… này": this one). */
    private static final Pattern CITATION = Pattern.compile(
            "^\\s*(?:(?:của|tại|theo|[^\\s.;:,()]+)\\s+){0,3}?(Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư|Quyết định|Chỉ thị|Công văn|Hiến pháp|"
                    + "Pháp lệnh|Văn bản|Hướng dẫn|Thông báo|Kết luận|Chương trình|Kế hoạch|Đề án|số \\d+/)(?!\\s+này)");
    /** Words that make "điểm", "mục", "khoản" part of another word: "thí điểm 1 đơn vị", "danh mục 3". */
    private static final Set<String> COMPOUNDS = Set.of("thí", "địa", "thời", "trọng", "đặc", "ưu", "nhược", "quan",
            "tiêu", "xuất", "giao", "mốc", "danh", "hạng", "tài", "điều", "các", "những");

    /** A place a typed reference may name. */
    private record Target(String noun, String number, String label, Optional<String> id, Section section) {
    }

    private final List<Target> targets = new ArrayList<>();
    private final Map<Section, Section> parents = new IdentityHashMap<>();
    private final Map<String, Section> byId = new java.util.HashMap<>();

    TypedReferences(Plan plan, SectionNumbering sections) {
        collect(plan.body().sections(), null, sections);
        int article = 0;
        for (var a : plan.document().articles()) {
            article++;
            targets.add(new Target("điều", Integer.toString(article), "Điều " + article, Optional.of(a.id().value()), null));
        }
        List<Appendix> items = plan.appendices().items();
        for (int i = 0; i < items.size(); i++) {
            String number = Numbering.appendix(plan.appendices().numbering(), i + 1);
            String label = items.size() == 1 ? "Phụ lục" : "Phụ lục " + number; // as references print it
            targets.add(new Target("phụ lục", normal(number), label, Optional.of(items.get(i).id().value()), null));
        }
    }

    private void collect(List<Section> list, Section parent, SectionNumbering sections) {
        for (Section s : list) {
            if (parent != null) {
                parents.put(s, parent);
            }
            s.id().ifPresent(id -> byId.put(id.value(), s));
            SectionNumbering.Numbered n = sections.of(s);
            if (n != null && n.style() != null && !n.heading().isEmpty()) {
                Optional<String> id = s.id().map(i -> i.value());
                switch (n.style()) {
                    case PART -> targets.add(new Target("phần", n.number(), n.label(), id, s));
                    case ROMAN -> targets.add(new Target("mục", n.number(), n.label(), id, s));
                    case ARABIC -> {
                        targets.add(new Target("mục", n.number(), n.label(), id, s));
                        targets.add(new Target("khoản", n.number(), n.label(), id, s));
                    }
                    case DECIMAL, LETTER -> targets.add(new Target("điểm", n.number(), n.label(), id, s));
                    default -> {
                    }
                }
                if (n.style() == NumberingStyle.DECIMAL) {
                    targets.add(new Target("mục", n.number(), n.label(), id, s)); // "mục 4.2" cites point 4.2 too
                }
            }
            collect(s.sections(), s, sections);
        }
    }

    void check(List<Text> texts, Problems problems) {
        for (Text text : texts) {
            new Reading(text, problems).read();
        }
    }

    /** One text read from start to end, keeping the scope a sentence has set. */
    private final class Reading {
        private final Text text;
        private final Problems problems;
        private final String literal;
        private final AuthorNotes.Scan notes;
        private Section scope;
        private int scopeAt;

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
                        scope = parents.getOrDefault(s, null);
                        scopeAt = offset;
                    }
                }
            }
        }

        private void scan(int from, int to) {
            Matcher m = TYPED.matcher(literal).region(from, to);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (scope != null && sentenceEnds(scopeAt, m.start())) {
                    scope = null;
                }
                if (notes.skip(m.start())
                        || compound(m.start()) || CITATION.matcher(literal.substring(m.end(), to)).find()) {
                    continue;
                }
                if (m.group(1) != null) {
                    part(m);
                    continue;
                }
                String noun = m.group(4).toLowerCase(Locale.ROOT);
                one(noun, m.group(5), m.group().strip(), m.start());
                int end = m.end();
                Matcher more = MORE.matcher(literal).region(end, to);
                while (more.lookingAt()) {
                    one(noun, more.group(1), noun + " " + more.group(1), more.start(1));
                    end = more.end();
                    more = MORE.matcher(literal).region(end, to);
                }
            }
        }

        /** "phần thứ hai" (and "/II"): checked, and the scope of the rest of the sentence. */
        private void part(Matcher m) {
            String number = m.group(2).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Optional<Target> part = resolve("phần", number, null, m.group().strip(), m.start());
            if (part.isEmpty()) {
                return;
            }
            scope = part.get().section();
            scopeAt = m.start();
            if (m.group(3) != null) {
                resolve("mục", m.group(3), scope, m.group().strip(), m.start()).ifPresent(t -> scope = t.section());
            }
        }

        private void one(String noun, String number, String written, int at) {
            resolve(noun, normal(number), noun.equals("điều") || noun.equals("phụ lục") ? null : scope, written, at);
        }

        /** Reports what the reference points at; returns the one target it names, if any. */
        private Optional<Target> resolve(String noun, String number, Section within, String written, int at) {
            List<Target> candidates = targets.stream().filter(t -> t.noun().equals(noun))
                    .filter(t -> within == null || under(t.section(), within)).toList();
            if (candidates.isEmpty() && within == null) {
                return Optional.empty(); // the plan has no such parts: a word, not a reference
            }
            List<Target> found = candidates.stream().filter(t -> t.number().equals(number)).toList();
            SourcePosition position = text.positionOf(at);
            if (found.isEmpty()) {
                Map<String, String> labels = new LinkedHashMap<>();
                candidates.forEach(t -> labels.putIfAbsent(t.noun() + " " + t.number(), t.label()));
                Optional<String> nearest = Suggestions.nearest(noun + " " + number, labels.keySet()).map(labels::get);
                problems.warning(position, "typed.ref-missing", written, Hint.nearest(nearest));
                return Optional.empty();
            }
            if (found.size() > 1) {
                return Optional.empty(); // ambiguous without a scope: "mục 1" of which part?
            }
            Target target = found.get(0);
            target.id().ifPresent(id -> problems.warning(position, "typed.ref-exists", written, target.label(),
                    "{ref:" + id + "}"));
            return Optional.of(target);
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

    private boolean under(Section s, Section ancestor) {
        for (Section p = s == null ? null : parents.get(s); p != null; p = parents.get(p)) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** "03" and "3" are the same appendix number. */
    private static String normal(String number) {
        return number.matches("0+\\d+") ? number.replaceFirst("^0+", "") : number;
    }
}
