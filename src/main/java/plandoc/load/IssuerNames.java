package plandoc.load;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * What {@code issuer.name} says, held against Decree 30/2020/NĐ-CP (Phụ lục I, II.2): the issuing body's name is
 * written in full — an abbreviation ("UBND", "HĐND", "Sở KH&CN") is allowed in the chủ quản line
 * ({@code issuer.parent}) only — and a People's Committee or Council is that of a unit that existed on the
 * document's date, of its kind (tỉnh or thành phố). Each is a warning at the name, with the full form to write.
 */
final class IssuerNames {
    /** Abbreviations plandoc can write out, as whole words; the longest first where one begins another. */
    private static final Map<String, String> ABBREVIATIONS;

    static {
        Map<String, String> filled = new LinkedHashMap<>();
        filled.put("UBND", "Ủy ban nhân dân");
        filled.put("HĐND", "Hội đồng nhân dân");
        filled.put("HDND", "Hội đồng nhân dân");
        filled.put("TP.", "thành phố");
        filled.put("Tp.", "thành phố");
        filled.put("TP", "thành phố");
        filled.put("KH&CN", "Khoa học và Công nghệ");
        filled.put("KH&ĐT", "Kế hoạch và Đầu tư");
        filled.put("GD&ĐT", "Giáo dục và Đào tạo");
        filled.put("GDĐT", "Giáo dục và Đào tạo");
        filled.put("TT&TT", "Thông tin và Truyền thông");
        filled.put("TN&MT", "Tài nguyên và Môi trường");
        filled.put("NN&PTNT", "Nông nghiệp và Phát triển nông thôn");
        filled.put("NN&MT", "Nông nghiệp và Môi trường");
        filled.put("LĐ-TB&XH", "Lao động - Thương binh và Xã hội");
        filled.put("LĐTBXH", "Lao động - Thương binh và Xã hội");
        filled.put("VH-TT&DL", "Văn hóa, Thể thao và Du lịch");
        filled.put("VHTTDL", "Văn hóa, Thể thao và Du lịch");
        filled.put("GTVT", "Giao thông vận tải");
        ABBREVIATIONS = Collections.unmodifiableMap(filled);
    }

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}&.-])("
            + String.join("|", ABBREVIATIONS.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}&.-])");

    /** "Ủy ban nhân dân tỉnh Nghệ An": the council, the kind of unit as typed, and the unit. */
    private static final Pattern COUNCIL = Pattern.compile("(Ủy ban nhân dân|Hội đồng nhân dân)\\s+"
            + "(?:(tỉnh|thành phố)\\s+)?(.+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Problems problems;

    IssuerNames(Problems problems) {
        this.problems = problems;
    }

    /** At most one warning for the name typed at {@code at}; {@code date} the document's, when it has one. */
    void check(String name, SourcePosition at, Optional<LocalDate> date) {
        String expanded = expand(name);
        String full = ofUnit(expanded).orElse(expanded);
        if (!expanded.equals(name)) {
            problems.warning(at, "issuer.abbreviated", name, full);
            return;
        }
        String proper = properName(name).orElse(full);
        if (lowerCase(name, proper)) {
            // Not "the wrong kind of unit" when only the letters' case is wrong.
            if (!proper.equals(name)) {
                problems.warning(at, "issuer.lower-case", name, proper);
            } else {
                problems.warning(at, "issuer.lower-case-example", name);
            }
            return;
        }
        Matcher m = COUNCIL.matcher(name);
        if (!m.matches()) {
            return;
        }
        ProvincialUnits units = ProvincialUnits.get();
        Optional<ProvincialUnits.Unit> unit = units.named(m.group(3));
        if (unit.isEmpty()) {
            return;
        }
        if (!full.equals(name)) {
            problems.warning(at, "issuer.unit-kind", name, full);
        } else if (date.isPresent() && !unit.get().existedOn(date.get())) {
            ProvincialUnits.Unit now = units.current(unit.get());
            problems.warning(at, "issuer.unit-merged", unit.get().fullName(),
                    String.format(Locale.ROOT, "%1$td/%1$tm/%1$tY", unit.get().until()),
                    m.group(1) + " " + now.fullName());
        }
    }

    /**
     * Decree 30 (Phụ lục II) writes an agency's name with a capital first letter, and its kind and field ("Ủy ban
     * nhân dân tỉnh Hà Tĩnh", "Sở Tài chính"): a name beginning in lower case, or one of a known unit written in lower
     * case where the unit's name has capitals ("Ủy ban nhân dân tỉnh hà tĩnh").
     */
    private static boolean lowerCase(String name, String full) {
        int first = name.codePoints().filter(Character::isLetter).findFirst().orElse('A');
        if (Character.isLowerCase(first)) {
            return true;
        }
        if (full.equals(name) || full.length() != name.length() || !full.equalsIgnoreCase(name)) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isUpperCase(full.charAt(i)) && Character.isLowerCase(name.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A People's Committee or Council of a known unit as written: "Ủy ban nhân dân tỉnh Hà Tĩnh" for any case. */
    private static Optional<String> properName(String name) {
        Matcher m = COUNCIL.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String council = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1).toLowerCase(Locale.ROOT);
        return ProvincialUnits.get().named(m.group(3)).map(u -> council + " " + u.fullName());
    }

    /** Every abbreviation written out ("UBND tỉnh Nghệ An" → "Ủy ban nhân dân tỉnh Nghệ An"). */
    static String expand(String name) {
        Matcher m = WORD.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ABBREVIATIONS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A People's Committee or Council named with a known unit, as that unit's is written ("Ủy ban nhân dân
     * thành phố Hà Nội" for "… tỉnh Hà Nội" or "… Hà Nội"); empty for any other name.
     */
    static Optional<String> ofUnit(String name) {
        Matcher m = COUNCIL.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        String council = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT) + m.group(1).substring(1);
        String kind = m.group(2);
        // "Thành phố Hà Nội" is accepted as typed; "thành phố Hồ Chí Minh" is not its name.
        return ProvincialUnits.get().named(m.group(3)).filter(u -> kind == null || !(kind.equals(u.kind())
                        || Character.isLowerCase(u.kind().charAt(0)) && kind.equalsIgnoreCase(u.kind())))
                .map(u -> council + " " + u.fullName());
    }
}
