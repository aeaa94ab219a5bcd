package plandoc.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Choice;
import plandoc.model.Amount;
import plandoc.model.Cells;
import plandoc.model.Id;
import plandoc.model.Text;

/**
 * Converts YAML nodes into values, reporting a located problem (and returning empty) when a
 * node has the wrong shape. Readers never throw for a user's mistake.
 */
final class Nodes {
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** Plans are by the Socialist Republic's authorities: an earlier date is a slip ("0000-01-01"). */
    private static final int EARLIEST_YEAR = 1945;
    // Compiled once: String.matches compiles its pattern on every call, here once per cell (issue 17).
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ENGLISH_DECIMAL_PART = Pattern.compile("\\d{3}\\.\\d+");
    private static final Pattern SMALL_INTEGER = Pattern.compile("\\d{1,6}");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** Year first, month and day of one or two digits, "-", "/" or "." between ("2026-3-2", "2026/03/02"). */
    private static final Pattern YEAR_FIRST_LOOSE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** "12/3/2026", "12-03-2026", "12.03.2026": a date as Vietnamese documents print it. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private final Problems problems;
    private final TextParser textParser;
    /** The key each value was written under, for messages that name it ("lead: …"); by identity, as nodes are. */
    private final Map<YamlNode, String> keys = new IdentityHashMap<>();

    /** The unit of the budget being read, in which an amount typed with a unit word is to be written (s28-yaml). */
    private Optional<plandoc.model.Unit> moneyUnit = Optional.empty();

    Nodes(Problems problems) {
        this.problems = problems;
        this.textParser = new TextParser(problems);
    }

    Problems problems() {
        return problems;
    }

    /** From here on, amounts are read in {@code unit} (empty: a budget whose unit is not known). */
    void amountsIn(Optional<plandoc.model.Unit> unit) {
        moneyUnit = unit;
    }

    /** Records that {@code value} (and each entry of it, when a list) was written under {@code key}. */
    void keyed(String key, YamlNode value) {
        keys.put(value, key);
        if (value instanceof YamlNode.Sequence list) {
            list.items().forEach(item -> keys.putIfAbsent(item, key));
        }
    }

    /** Reads a mapping's keys strictly against {@code allowed}. */
    Fields fields(YamlNode node, String context, List<String> allowed) {
        return new Fields(this, node, context, allowed);
    }

    Optional<YamlNode.Mapping> mapping(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        wrongKind(node, "yaml.kind.mapping");
        return Optional.empty();
    }

    /** A list; a single value is accepted as a list of one, as authors write {@code agency: X}. */
    List<YamlNode> list(YamlNode node) {
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            return List.of();
        }
        if (node instanceof YamlNode.Scalar) {
            return List.of(node);
        }
        wrongKind(node, "yaml.kind.list");
        return List.of();
    }

    /** Text without references: numbers are accepted as their spelling (a document number 4086). */
    Optional<String> string(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.STRING
                || s.type() == YamlNode.ScalarType.NUMBER)) {
            return Optional.of(TextHygiene.text(s.text()).strip());
        }
        notText(node, false);
        return Optional.empty();
    }

    /**
     * A name matched against the agency register (or an id): cleaned of what Word pastes, with a
     * warning when that changed it, since the two spellings look identical on screen.
     */
    Optional<String> name(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.STRING
                || s.type() == YamlNode.ScalarType.NUMBER)) {
            return Optional.of(cleanName(s.text(), node));
        }
        return string(node);
    }

    /** An agency cell ({@code lead}, {@code partners}): text, with the name cleaned as {@link #name}. */
    Optional<Text> agencyText(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            String raw = stripTrailingNewline(s.text());
            String cleaned = cleanName(raw, node);
            return Optional.of(textParser.parse(cleaned, s.origin()));
        }
        return text(node);
    }

    private String cleanName(String raw, YamlNode node) {
        String cleaned = TextHygiene.name(raw);
        if (!cleaned.equals(raw.strip())) {
            problems.warning(node.at(), "text.cleaned-name", cleaned, TextHygiene.describe(raw));
        }
        return cleaned;
    }

    /**
     * A value from a closed set, by its id: the one way every such choice is read, so a typo is an
     * error at its position listing the valid ids.
     */
    <E extends Enum<E> & Choice> Optional<E> choice(YamlNode node, Class<E> type, String key) {
        return string(node).flatMap(value -> {
            for (E candidate : type.getEnumConstants()) {
                if (candidate.id().equals(value)) {
                    return Optional.of(candidate);
                }
            }
            List<String> choices = java.util.Arrays.stream(type.getEnumConstants()).map(Choice::id).toList();
            String ids = String.join(", ", choices);
            Optional<String> meant = ChoiceHint.of(value, choices);
            if (meant.isPresent()) {
                problems().error(node.at(), "value.one-of-suggest", value, key, meant.get(), ids);
            } else {
                problems().error(node.at(), "value.one-of", value, key, ids);
            }
            return Optional.empty();
        });
    }

    /**
     * {@link #choice}, the value taken in any letter case and spacing ("Triệu đồng" as the PDF's unit line prints it,
     * s31 tryout L2), as the stamp levels are.
     */
    <E extends Enum<E> & Choice> Optional<E> choiceAnyCase(YamlNode node, Class<E> type, String key) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            String typed = anyCase(TextHygiene.text(s.text()));
            for (E candidate : type.getEnumConstants()) {
                if (anyCase(candidate.id()).equals(typed)) {
                    return Optional.of(candidate);
                }
            }
        }
        return choice(node, type, key);
    }

    private static String anyCase(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Author text that may carry inline references. */
    Optional<Text> text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && (s.type() == YamlNode.ScalarType.STRING
                || s.type() == YamlNode.ScalarType.NUMBER)) {
            String content = TextHygiene.text(stripTrailingNewline(s.text()));
            if (!MarkdownNesting.check(content, s.origin(), problems())) {
                return Optional.empty();
            }
            return Optional.of(textParser.parse(content, s.origin()));
        }
        notText(node, true);
        return Optional.empty();
    }

    /**
     * Text expected, something else written: said with the key at hand and the form written. A list is the usual
     * slip, copied from {@code archive: [VT]} or written as points: the fix is in the message (s22 tryout M3, s23 L1).
     *
     * @param points whether the text may hold several points, one a line ({@code outcome: |})
     */
    private void notText(YamlNode node, boolean points) {
        String key = keys.get(node);
        if (points && key != null && node instanceof YamlNode.Mapping m && !m.entries().isEmpty()) {
            // "text:" above "Mục tiêu: …": the words before ": " read as a key; a block holds such lines as text.
            YamlNode.Entry first = m.entries().get(0);
            problems.error(node.at(), "yaml.text-as-mapping", key, first.key(), first.keyAt().line());
            return;
        }
        if (!(node instanceof YamlNode.Sequence list) || key == null) {
            if (node instanceof YamlNode.Sequence && points) {
                problems.error(node.at(), "yaml.text-as-list");
            } else {
                wrongKind(node, "yaml.kind.text");
            }
            return;
        }
        List<String> items = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && !s.text().contains("\n")) {
                items.add(s.text().strip());
            }
        }
        boolean plain = items.size() == list.items().size() && !items.isEmpty();
        if (key.equals("lead") && plain && items.size() > 1) {
            // One lead agency; the others take part (partners), or lead together, named in one text.
            List<String> others = items.subList(1, items.size()).stream().map(Nodes::flowValue).toList();
            problems.error(node.at(), "yaml.lead-as-list", "@" + list.kindKey(), blockValue(items.get(0)),
                    String.join(", ", others), blockValue(String.join(", ", items)));
        } else if (key.equals("replaced_by") && plain) {
            // One replacing document: "replaced_by: a, b" would be read as a citation in words (s34 review L1).
            problems.error(node.at(), "yaml.replaced-by-as-list", "@" + list.kindKey(), blockValue(items.get(0)));
        } else if (list.flow() && plain) {
            problems.error(node.at(), points && items.size() > 1 ? "yaml.text-as-flow-list-points"
                    : "yaml.text-as-flow-list", key, blockValue(String.join(", ", items)));
        } else if (points) {
            problems.error(node.at(), "yaml.text-as-list-key", key, "@" + list.kindKey());
        } else {
            wrongKind(node, "yaml.kind.text");
        }
    }

    /** A text parsed from a Markdown file (the whole file is the text). */
    Text markdownFile(String content, String displayPath) {
        SourcePosition start = new SourcePosition(displayPath, 0, 1);
        TextOrigin origin = new TextOrigin(start, true, 0, 0);
        if (!MarkdownNesting.check(content, origin, problems())) {
            return Text.literal("", start);
        }
        return textParser.parse(content, origin);
    }

    Optional<Id> id(YamlNode node) {
        return name(node).map(v -> new Id(v, node.at()));
    }

    List<Id> ids(YamlNode node) {
        List<Id> ids = new ArrayList<>();
        for (YamlNode item : list(node)) {
            id(item).ifPresent(ids::add);
        }
        return ids;
    }

    Optional<Boolean> bool(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()));
        }
        // "draft: có", "draft: không": the Vietnamese yes and no, said as the words YAML takes.
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING
                && java.util.Set.of("có", "không", "co", "khong", "đúng", "sai", "yes", "no", "on", "off").contains(s.text().strip().toLowerCase(java.util.Locale.ROOT))) {
            String word = s.text().strip().toLowerCase(java.util.Locale.ROOT);
            problems.error(node.at(), "value.bool-word", s.text().strip(),
                    java.util.Set.of("không", "khong", "sai", "no", "off").contains(word) ? "false" : "true");
            return Optional.empty();
        }
        wrongKind(node, "yaml.kind.boolean");
        return Optional.empty();
    }

    Optional<Integer> integer(YamlNode node, int min, int max) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER
                && SMALL_INTEGER.matcher(s.text()).matches()) {
            int value = Integer.parseInt(s.text());
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        }
        problems.error(node.at(), "value.integer-range", describe(node), min, max);
        return Optional.empty();
    }

    /**
     * The number a series starts at, in digits ("8", or "08" as it prints), from 1 to 999; anything else (0, -1, 7.5,
     * VIII, a word) is {@code errorKey} at the value.
     */
    Optional<Integer> startNumber(YamlNode node, String errorKey) {
        if (node instanceof YamlNode.Scalar s && s.text().strip().matches("\\d{1,3}") && Integer.parseInt(s.text().strip()) > 0) {
            return Optional.of(Integer.parseInt(s.text().strip()));
        }
        problems.error(node.at(), errorKey, describe(node));
        return Optional.empty();
    }

    /** An ISO date (2012-12-28) that exists on the calendar. */
    Optional<LocalDate> date(YamlNode node) {
        Optional<String> text = string(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        var m = ISO_DATE.matcher(text.get());
        if (!m.matches()) {
            // Vietnamese documents print day/month/year: give that date back in the order plan.yaml wants.
            var dmy = DAY_MONTH_YEAR.matcher(text.get().strip());
            Optional<LocalDate> meant = dmy.matches() ? dateOf(dmy.group(3), dmy.group(2), dmy.group(1)) : Optional.empty();
            var ymd = YEAR_FIRST_LOOSE.matcher(text.get().strip());
            Optional<LocalDate> padded = ymd.matches() ? dateOf(ymd.group(1), ymd.group(2), ymd.group(3)) : Optional.empty();
            if (meant.isPresent()) {
                problems.error(node.at(), "value.date-day-first", text.get(), meant.get().toString());
            } else if (padded.isPresent()) {
                // "2026-3-2", "2026/03/02": the right order, written loosely; the one spelling to write.
                problems.error(node.at(), "value.date-loose", text.get(), padded.get().toString());
            } else {
                problems.error(node.at(), "value.date-format", text.get());
            }
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (date.getYear() < EARLIEST_YEAR) {
                problems.warning(node.at(), "value.date-early", text.get(), EARLIEST_YEAR);
            }
            return Optional.of(date);
        } catch (DateTimeException e) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                problems.error(node.at(), "value.date-month", text.get(), Integer.toString(month));
            } else {
                int year = Integer.parseInt(m.group(1));
                problems.error(node.at(), "value.date-day", text.get(), Integer.toString(month), Integer.toString(year),
                        Integer.toString(java.time.YearMonth.of(year, month).lengthOfMonth()));
            }
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> dateOf(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * An exact amount. Only plain decimals are money: YAML would also accept {@code 1_000}, {@code 0x1F},
     * {@code 1e3} and {@code .inf}, none of which an officer means.
     */
    Optional<Amount> amount(YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
            String typed = s.text().strip();
            if (PLAIN_DECIMAL.matcher(typed).matches()) {
                if (typed.replace("-", "").replace("+", "").replace(".", "").length() > 30) {
                    problems.error(node.at(), "amount.too-long", typed);
                    return Optional.empty();
                }
                return Optional.of(new Amount(new BigDecimal(typed), typed, node.at(), s.wordQuotes()));
            }
            problems.error(node.at(), "amount.not-plain", typed);
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            Optional<AmountSpelling.Advice> advice = AmountSpelling.advise(s.text(), moneyUnit);
            if (advice.isPresent()) {
                problems.error(node.at(), advice.get().key(), advice.get().args());
                return Optional.empty();
            }
        }
        problems.error(node.at(), "amount.not-number", describe(node));
        return Optional.empty();
    }

    /**
     * Flattens nested amounts ({@code 2012-2015: { tw: 0.35 }}) into paths of keys. A key with no value
     * is a blank cell, as the contract says a missing cell is.
     */
    Cells cells(YamlNode node) {
        List<Cells.Cell> cells = new ArrayList<>();
        collectCells(node, List.of(), cells);
        return new Cells(cells, node.at());
    }

    private void collectCells(YamlNode node, List<Id> path, List<Cells.Cell> out) {
        if (node instanceof YamlNode.Mapping m) {
            List<YamlNode.Entry> entries = m.entries();
            for (int i = 0; i < entries.size(); i++) {
                YamlNode.Entry e = entries.get(i);
                int parts = splitByComma(entries, i);
                if (parts > 0) {
                    // All its parts are that one error: "1.500" read on its own would be a second one (3 decimals).
                    i += parts;
                    continue;
                }
                List<Id> next = new ArrayList<>(path);
                next.add(new Id(e.key(), e.keyAt()));
                collectCells(e.value(), next, out);
            }
        } else if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            // blank cell
        } else if (path.isEmpty() && !(node instanceof YamlNode.Scalar)) {
            wrongKind(node, "yaml.kind.mapping");
        } else {
            // A bare amount ("amounts: 1447") is the one cell of a budget without axes.
            amount(node).ifPresent(a -> out.add(new Cells.Cell(path, a)));
        }
    }

    /**
     * Inside { } a comma separates entries, so "su-nghiep: 17,200" reads as 17 and a key "200" without a
     * value: a thousands (or decimal) comma an officer typed. Said as such rather than as a bad amount. The
     * entries after {@code entries[i]} that are parts of its figure ("1,500,000" is three, "17,200.5" two, its
     * last part with the decimal point) are reported with it; returns how many there are (0: none).
     */
    int splitByComma(List<YamlNode.Entry> entries, int i) {
        YamlNode.Entry first = entries.get(i);
        if (!(first.value() instanceof YamlNode.Scalar number) || number.type() != YamlNode.ScalarType.NUMBER) {
            return 0;
        }
        List<String> parts = new ArrayList<>();
        for (int k = i + 1; k < entries.size() && commaPart(entries.get(k), number, k == i + 1); k++) {
            parts.add(entries.get(k).key());
            if (!DIGITS.matcher(entries.get(k).key()).matches()) {
                break; // "200.5": the decimal point ends the figure
            }
        }
        if (parts.isEmpty()) {
            return 0;
        }
        String head = number.text().strip();
        boolean english = DIGITS.matcher(head).matches() && parts.stream().allMatch(p -> p.length() == 3
                || ENGLISH_DECIMAL_PART.matcher(p).matches());
        if (!english) {
            parts = parts.subList(0, 1); // "1.500,5": the Vietnamese decimal comma, one part
        }
        String typed = head + "," + String.join(",", parts);
        String last = parts.get(parts.size() - 1);
        boolean thousandsOnly = parts.stream().allMatch(p -> p.length() == 3);
        if (parts.size() > 1 || last.contains(".")) {
            // "1,500,000", "17,200.5": commas between groups of three, English style; only one reading.
            problems.error(number.at(), "amount.split-by-thousands-comma", typed, parts.size() + 1, typed.replace(",", ""));
        } else if (thousandsOnly) {
            // Three digits after the comma read as thousands first ("17,200"); fewer or more as a decimal ("2,75").
            problems.error(number.at(), "amount.split-by-comma", typed, head, last, typed.replace(".", "").replace(",", ""),
                    typed.replace(".", "").replace(',', '.'));
        } else {
            problems.error(number.at(), "amount.split-by-decimal-comma", typed, head, last,
                    typed.replace(".", "").replace(',', '.'));
        }
        return parts.size();
    }

    /**
     * A key without a value on the line of {@code number}: digits, or (after the first part, or as the first part of an
     * English figure) three digits, a point and digits.
     */
    private static boolean commaPart(YamlNode.Entry e, YamlNode.Scalar number, boolean first) {
        return (DIGITS.matcher(e.key()).matches() || ENGLISH_DECIMAL_PART.matcher(e.key()).matches()
                && (!first || DIGITS.matcher(number.text().strip()).matches()))
                && e.value() instanceof YamlNode.Scalar blank && blank.text().isEmpty()
                && number.at().line() == e.keyAt().line();
    }

    void wrongKind(YamlNode node, String expectedKindKey) {
        String key = keys.get(node);
        if (key == null) {
            problems.error(node.at(), "yaml.wrong-kind", "@" + expectedKindKey, "@" + node.kindKey());
        } else {
            problems.error(node.at(), "yaml.wrong-kind-key", key, "@" + expectedKindKey, "@" + node.kindKey());
        }
    }

    /** A text as written after "key: " on one line: quoted when YAML would read it otherwise (": ", a leading "["). */
    private static String blockValue(String text) {
        boolean plain = !text.isEmpty() && "[]{}#&*!|>'\"%@`-?:,".indexOf(text.charAt(0)) < 0
                && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":");
        return plain ? text : quoted(text);
    }

    /** A text as written inside [ ]: quoted when a comma, colon, bracket or quote would cut it. */
    private static String flowValue(String text) {
        return text.matches(".*[,:{}\\[\\]#\"'].*") || text.startsWith("-") ? quoted(text) : text;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar s && !s.text().isEmpty() ? s.text() : "@" + node.kindKey();
    }

    private static String stripTrailingNewline(String s) {
        return s.endsWith("\n") ? s.stripTrailing() : s;
    }
}
