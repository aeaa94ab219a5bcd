package plandoc.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Suggestions;

/**
 * Việt Nam's provincial-level units (tỉnh, thành phố trực thuộc trung ương), current and former, read from
 * {@code plandoc/provinces.txt} (its comment names the resolution and the sources it was checked against):
 * the name a document prints, whether it is a tỉnh or a thành phố, and what a merged one is part of now.
 */
public final class ProvincialUnits {
    /** The day the 2025 reorganisation took effect (Nghị quyết 202/2025/QH15). */
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    private static final Locale VI = Locale.forLanguageTag("vi");

    /**
     * A unit: its name ("Nghệ An"), its kind as written after "Ủy ban nhân dân" ("tỉnh", "thành phố",
     * "Thành phố" for Hồ Chí Minh), and for a former unit the one it became part of and the day it ceased.
     */
    public record Unit(String name, String kind, Optional<String> partOf, LocalDate until) {
        /** "tỉnh Nghệ An", "thành phố Hà Nội", "Thành phố Hồ Chí Minh". */
        public String fullName() {
            return kind + " " + name;
        }

        /** The place a document of this unit is dated at: "Nghệ An", "Thành phố Hồ Chí Minh" (named after a person). */
        public String place() {
            return Character.isUpperCase(kind.charAt(0)) ? fullName() : name;
        }

        /** Whether a document dated {@code date} could still be issued in this unit's name. */
        public boolean existedOn(LocalDate date) {
            return partOf.isEmpty() || date.isBefore(until);
        }
    }

    /** What a typed name is: a unit (current or former), or one the officer probably meant, or neither. */
    public sealed interface Match {
    }

    public record Known(Unit unit) implements Match {
    }

    public record Misspelt(String typed, Unit meant) implements Match {
    }

    public record Unknown(String typed) implements Match {
    }

    private final Map<String, Unit> byName = new LinkedHashMap<>();

    private ProvincialUnits(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            Optional<String> partOf = f.length > 2 ? Optional.of(f[2].strip()) : Optional.empty();
            LocalDate until = f.length > 3 ? LocalDate.parse(f[3].strip()) : REORGANISED;
            byName.put(key(f[0]), new Unit(f[0].strip(), f[1].strip(), partOf, until));
        }
    }

    /** The list, read once, when first asked for: a plan that names no unit never reads it. */
    public static ProvincialUnits get() {
        return Bundled.UNITS;
    }

    /** Holds the bundled list; the JVM loads a nested class only when it is first used, and only once. */
    private static final class Bundled {
        static final ProvincialUnits UNITS = read();

        private static ProvincialUnits read() {
            try (InputStream in = ProvincialUnits.class.getResourceAsStream("/plandoc/provinces.txt")) {
                return new ProvincialUnits(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every unit, current and former, as the list gives them. */
    public java.util.Collection<Unit> all() {
        return java.util.Collections.unmodifiableCollection(byName.values());
    }

    /** The unit of that exact name (any letter case, with or without "tỉnh"/"thành phố" before it). */
    public Optional<Unit> named(String typed) {
        return Optional.ofNullable(byName.get(key(bare(typed))));
    }

    /**
     * The unit whose People's Committee or Council an issuer's name is ("Ủy ban nhân dân tỉnh Nghệ An", "ỦY BAN NHÂN
     * DÂN THÀNH PHỐ HÀ NỘI"); empty for any other body (a department, a district).
     */
    public Optional<Unit> ofCouncil(String issuer) {
        String name = TypedText.normal(issuer).strip();
        java.util.regex.Matcher m = COUNCIL.matcher(name);
        return m.matches() ? named(m.group(1)) : Optional.empty();
    }

    private static final java.util.regex.Pattern COUNCIL = java.util.regex.Pattern.compile(
            "(?iu)(?:Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\\s+(.+)");

    /** The unit a current one is: the unit itself; a former one: the unit it became part of. */
    public Unit current(Unit unit) {
        return unit.partOf().map(p -> byName.get(key(p))).orElse(unit);
    }

    /** "nghe an" is Misspelt "Nghệ An"; "Hà Giang" is Known (a former unit: the caller decides by date). */
    public Match match(String typed) {
        String name = bare(typed);
        Optional<Unit> exact = named(name);
        if (exact.isPresent()) {
            return new Known(exact.get());
        }
        Map<String, Unit> folded = new LinkedHashMap<>();
        byName.values().forEach(u -> folded.putIfAbsent(Folding.folded(u.name()), u));
        return Suggestions.nearest(Folding.folded(name), folded.keySet()).<Match>map(k -> new Misspelt(name, folded.get(k)))
                .orElse(new Unknown(name));
    }

    /** Without a leading "tỉnh", "thành phố", "TP." and extra spaces, in NFC. */
    static String bare(String typed) {
        String name = TypedText.normal(typed);
        return name.replaceFirst("(?iu)^(tỉnh|thành phố|tp\\.?)\\s*", "").strip();
    }

    private static String key(String name) {
        String key = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).replace('–', '-').toLowerCase(VI);
        // The old placement of the tone mark ("Khánh Hoà", "Thanh Hoá") is the same name.
        for (String[] pair : OLD_TONES) {
            key = key.replace(pair[0], pair[1]);
        }
        return key;
    }

    private static final String[][] OLD_TONES = {{"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
        {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẽ", "õe"}, {"oẹ", "ọe"}, {"uỳ", "ùy"}, {"uý", "úy"}, {"uỷ", "ủy"},
        {"uỹ", "ũy"}, {"uỵ", "ụy"}};
}
