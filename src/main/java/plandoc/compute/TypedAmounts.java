package plandoc.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.AuthorNotes;
import plandoc.model.Text;
import plandoc.model.Unit;

/**
 * Money typed into prose ("1.410.498 triệu đồng", "724,9 tỷ đồng", "28,3 tỷ") compared with what
 * the plan computes: equal to a printable amount → a warning to write the {@code {amount:…}} that
 * prints it, so it follows the budget; within 5% of a budget's, member's or group's total but not
 * equal → a warning naming both figures and the difference. A close figure that is the plan's own mistyped — its
 * digits with one changed or two neighbours swapped (22.515,5 for 22.551,5) — is an error in an issued document (a
 * warning in a draft): a typo, not another figure, and a wrong total must not be published (s29 tryout F1). A figure
 * said to be approximate ("khoảng", "trên" …) or on a line marked {@code <!-- plandoc giữ nguyên -->} is left alone.
 */
final class TypedAmounts {
    /** A Vietnamese figure (1.410.498 or 724,9) and its unit, "đồng" optional after a scale word. */
    static final Pattern MONEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/-])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![.,]?\\d)\\s*"
                    + "(?:(tỷ|triệu|nghìn|ngàn)(?:\\s+(đồng|VNĐ|VND))?(?![\\p{L}\\p{N}])(?!\\s+(?:lệ|trọng|USD|đô|người|dân|lượt))"
                    + "|(đồng|VNĐ|VND)(?![\\p{L}\\p{N}]))");
    private static final BigDecimal NEAR = new BigDecimal("0.05");
    /** "(Bằng chữ: Bảy trăm hai mươi bốn tỷ, chín trăm triệu đồng)". */
    private static final Pattern IN_WORDS = Pattern.compile("(?i:bằng chữ)\\s*:\\s*([\\p{L}][\\p{L}\\s,]*?)\\s+đồng");

    private final AmountCatalogue catalogue;
    private final boolean draft;

    TypedAmounts(AmountCatalogue catalogue, boolean draft) {
        this.catalogue = catalogue;
        this.draft = draft;
    }

    void check(List<Text> texts, Problems problems) {
        for (Text text : texts) {
            String literal = text.literalText();
            AuthorNotes.Scan notes = new AuthorNotes.Scan(literal);
            Matcher m = MONEY.matcher(literal);
            while (m.find()) {
                if (notes.skip(m.start()) || ApproximateWords.before(literal, m.start())) {
                    continue;
                }
                if (m.group(3) == null && m.group(4) == null && m.group(5) == null) {
                    continue;
                }
                check(new Typed(m), m.group().strip(), sentenceBefore(literal, m.start()), text.positionOf(m.start()),
                        problems);
            }
            Matcher w = IN_WORDS.matcher(literal);
            while (w.find()) {
                if (notes.skip(w.start())) {
                    continue;
                }
                // A hand-typed "Bằng chữ" is compared like a typed figure, in đồng, with {amount:… words} hinted.
                AmountInWords.parse(w.group(1)).ifPresent(dong -> check(new Typed(dong, 0, "", true),
                        w.group(1).strip() + " đồng", sentenceBefore(literal, w.start()), text.positionOf(w.start(1)),
                        problems));
            }
        }
    }

    /** Everything up to the last clause's end: a full stop, semicolon, colon or comma and a blank, or a new line. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?s).*(?:[.;:,]\\s|\\n)");

    /**
     * The words of the clause before a figure, from the previous full stop, comma or line, folded: "trong đó ngân sách
     * trung ương" names what the figure is.
     */
    private static String sentenceBefore(String literal, int start) {
        int from = Math.max(0, start - 120);
        String before = literal.substring(from, start);
        Matcher clause = CLAUSE_END.matcher(before);
        return plandoc.diagnostic.Folding.folded(clause.lookingAt() ? before.substring(clause.end()) : before)
                .replaceAll("\\s+", " ");
    }

    /**
     * The mention a typed figure equal to several amounts most likely is: the one whose member, group or item the
     * sentence names ("ngân sách trung ương 10.000 triệu đồng" is {@code source=tw}, not the item that also totals
     * 10.000; s31 tryout M2), then a total before an item's figure, then the catalogue's order.
     */
    private static java.util.Comparator<AmountCatalogue.Entry> meant(String sentence) {
        return java.util.Comparator.<AmountCatalogue.Entry>comparingInt(e -> -e.namedIn(sentence))
                .thenComparing(e -> !e.major());
    }

    private void check(Typed typed, String written, String sentence, plandoc.diagnostic.SourcePosition at,
                       Problems problems) {
        BigDecimal dong = typed.dong();
        Optional<AmountCatalogue.Entry> equal = catalogue.entries().stream()
                .filter(e -> e.dong().compareTo(dong) == 0).min(meant(sentence));
        if (equal.isEmpty()) {
            // Rounded to the decimals typed ("1.439 tỷ đồng" for 1.438,798): still the same figure.
            equal = catalogue.entries().stream().filter(AmountCatalogue.Entry::major)
                    .filter(e -> typed.inUnit(e.dong()).setScale(typed.decimals(), RoundingMode.HALF_UP)
                            .compareTo(typed.value()) == 0).min(meant(sentence));
        }
        if (equal.isPresent()) {
            problems.warning(at, "typed.amount-equal", written, expression(equal.get(), typed));
            return;
        }
        catalogue.entries().stream().filter(AmountCatalogue.Entry::major)
                .filter(e -> e.dong().subtract(dong).abs().compareTo(e.dong().multiply(NEAR)) <= 0)
                .min(java.util.Comparator.comparing(e -> e.dong().subtract(dong).abs()))
                .ifPresent(e -> {
                    BigDecimal computed = typed.inUnit(e.dong());
                    int decimals = Math.max(typed.decimals(), computed.stripTrailingZeros().scale());
                    String plan = VietnameseNumbers.format(computed, Math.max(0, decimals)) + " " + typed.unitLabel();
                    String difference = VietnameseNumbers.signed(typed.value().subtract(computed), Math.max(0, decimals));
                    if (Mistyped.digits(typed.value(), computed, typed.decimals())) {
                        problems.errorUnlessDraft(draft, at, "typed.amount-mistyped", written, plan, expression(e, typed),
                                difference);
                    } else {
                        problems.warning(at, "typed.amount-close", written, plan, expression(e, typed), difference);
                    }
                });
    }

    /** The mention that prints the entry the way the figure was typed. */
    private static String expression(AmountCatalogue.Entry e, Typed typed) {
        StringBuilder out = new StringBuilder("{amount:").append(e.budget());
        e.options().forEach(o -> out.append(' ').append(o));
        if (typed.words()) {
            return out.append(" words}").toString();
        }
        Unit from = e.figures().budget().unit();
        Unit to = typed.unit().orElse(from);
        if (to != from) {
            out.append(" unit=").append(to.label().contains(" ") ? "\"" + to.label() + "\"" : to.label());
        }
        int shift = -from.inDong().divide(to.inDong()).stripTrailingZeros().scale();
        BigDecimal converted = e.dong().divide(to.inDong());
        int defaultDecimals = Math.max(Math.max(0, e.figures().budget().decimals() - shift),
                Math.max(0, converted.stripTrailingZeros().scale()));
        if (defaultDecimals != typed.decimals()) {
            out.append(" decimals=").append(typed.decimals());
        }
        return out.append('}').toString();
    }

    /** A figure as typed: its value in its unit, its decimals, and its unit. */
    private record Typed(BigDecimal value, int decimals, String scale, boolean words) {
        Typed(Matcher m) {
            this(new BigDecimal(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2))),
                    m.group(2) == null ? 0 : m.group(2).length(), m.group(3) == null ? "" : m.group(3), false);
        }

        BigDecimal size() {
            return switch (scale) {
                case "tỷ" -> Unit.TY_DONG.inDong();
                case "triệu" -> Unit.TRIEU_DONG.inDong();
                case "nghìn", "ngàn" -> Unit.NGHIN_DONG.inDong();
                default -> BigDecimal.ONE;
            };
        }

        Optional<Unit> unit() {
            return Optional.of(switch (scale) {
                case "tỷ" -> Unit.TY_DONG;
                case "triệu" -> Unit.TRIEU_DONG;
                case "nghìn", "ngàn" -> Unit.NGHIN_DONG;
                default -> Unit.DONG;
            });
        }

        String unitLabel() {
            return unit().map(Unit::label).orElse("đồng");
        }

        BigDecimal dong() {
            return value.multiply(size());
        }

        BigDecimal inUnit(BigDecimal dong) {
            return dong.divide(size());
        }
    }
}
