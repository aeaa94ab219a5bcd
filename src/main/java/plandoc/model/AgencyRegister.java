package plandoc.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The agencies plans may assign work to, found by id or by any registered form of their name,
 * regardless of letter case and spacing ("Sở TT&TT" and "sở tt&tt" are the same agency).
 *
 * @param setAside the agencies of a register this plan does not use: the shared one its own register
 *                 replaces ({@code plan_register: replace}), only to say where a name the plan used is from
 */
public record AgencyRegister(List<Agency> agencies, List<Agency> setAside, Lookup lookup) {
    public static final AgencyRegister NONE = new AgencyRegister(List.of());
    /** The file a plan folder's own register is read from (and the shared one's default name beside the plans). */
    public static final String FILE = "agencies.yaml";
    private static final Locale VI = Locale.forLanguageTag("vi");
    // Compiled once: String.split compiles its pattern on every call (issue 17).
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*|\\s+và\\s+");

    /** {@code lookup} is always made from {@code agencies}: whatever is given is replaced. */
    public AgencyRegister {
        agencies = List.copyOf(agencies);
        setAside = List.copyOf(setAside);
        lookup = Lookup.of(agencies);
    }

    public AgencyRegister(List<Agency> agencies, List<Agency> setAside) {
        this(agencies, setAside, Lookup.NONE);
    }

    public AgencyRegister(List<Agency> agencies) {
        this(agencies, List.of());
    }

    /**
     * Each agency's place in the register by its id and by the key ({@link #key}) of each of its forms, the first
     * agency's where two share one: a look-up keys its own text once instead of every registered form (a plan's
     * validation and agency view look up every title and agency cell, ~15 ms of a cold build's main thread).
     */
    public record Lookup(Map<String, Integer> ids, Map<String, Integer> keys) {
        static final Lookup NONE = new Lookup(Map.of(), Map.of());

        static Lookup of(List<Agency> agencies) {
            Map<String, Integer> ids = new HashMap<>();
            Map<String, Integer> keys = new HashMap<>();
            for (int i = 0; i < agencies.size(); i++) {
                Agency a = agencies.get(i);
                ids.putIfAbsent(a.id().value(), i);
                keys.putIfAbsent(key(a.name()), i);
                for (String shortName : a.shortNames()) {
                    keys.putIfAbsent(key(shortName), i);
                }
            }
            return new Lookup(Map.copyOf(ids), Map.copyOf(keys));
        }
    }

    /** This register in force alone, {@code replaced}'s agencies set aside. */
    public AgencyRegister replacing(AgencyRegister replaced) {
        return new AgencyRegister(agencies, replaced.agencies);
    }

    /** The register set aside ({@link #setAside}), to look a name up in. */
    public AgencyRegister setAsideRegister() {
        return new AgencyRegister(setAside);
    }

    public boolean isEmpty() {
        return agencies.isEmpty();
    }

    /** The first agency whose id is {@code idOrName} or one of whose forms has its key. */
    public Optional<Agency> find(String idOrName) {
        int byId = lookup.ids().getOrDefault(idOrName.strip(), Integer.MAX_VALUE);
        int byKey = lookup.keys().getOrDefault(key(idOrName), Integer.MAX_VALUE);
        int first = Math.min(byId, byKey);
        return first == Integer.MAX_VALUE ? Optional.empty() : Optional.of(agencies.get(first));
    }

    /**
     * The agencies a printed value names: one registered form, or several joined by ", " or " và "
     * ("Sở TTTT, Đài PT&TH, Báo Hà Tĩnh" — joint leads printed as the document prints them). Empty
     * when the value cannot be read as registered forms.
     */
    public Optional<List<Agency>> resolve(String value) {
        Optional<Agency> whole = find(value);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        String text = value.strip();
        List<int[]> parts = new ArrayList<>(); // each part's start and end in text, between the separators
        java.util.regex.Matcher separator = LIST_SEPARATOR.matcher(text);
        int start = 0;
        while (separator.find()) {
            parts.add(new int[]{start, separator.start()});
            start = separator.end();
        }
        parts.add(new int[]{start, text.length()});
        return segment(text, parts, 0);
    }

    /**
     * Reads parts[from..] as consecutive registered forms, preferring the longest form first. A form is the text
     * as written from its first part to its last, separators included: "Sở Khoa học và Công nghệ" is one form
     * though " và " also joins two agencies.
     */
    private Optional<List<Agency>> segment(String text, List<int[]> parts, int from) {
        if (from == parts.size()) {
            return Optional.of(List.of());
        }
        for (int to = parts.size(); to > from; to--) {
            String candidate = text.substring(parts.get(from)[0], parts.get(to - 1)[1]);
            Optional<Agency> agency = find(candidate);
            if (agency.isPresent()) {
                Optional<List<Agency>> rest = segment(text, parts, to);
                if (rest.isPresent()) {
                    List<Agency> out = new ArrayList<>();
                    out.add(agency.get());
                    out.addAll(rest.get());
                    return Optional.of(out);
                }
            }
        }
        return Optional.empty();
    }

    /** Every accepted form, for "did you mean …?". */
    public List<String> forms() {
        List<String> forms = new ArrayList<>();
        for (Agency a : agencies) {
            forms.add(a.name());
            forms.addAll(a.shortNames());
        }
        return forms;
    }

    /**
     * This register with {@code local} entries added; a local entry replaces a shared one of the same id. Local
     * entries come first, so a name both registers have is the local agency's: a second province's "Sở Khoa học
     * và Công nghệ" (id {@code tq-so-khcn}) is its own, not the shared register's {@code so-khcn} (s24 review M1).
     */
    public AgencyRegister with(AgencyRegister local) {
        Map<String, Agency> byId = new LinkedHashMap<>();
        local.agencies.forEach(a -> byId.put(a.id().value(), a));
        agencies.forEach(a -> byId.putIfAbsent(a.id().value(), a));
        return new AgencyRegister(new ArrayList<>(byId.values()));
    }

    /**
     * The name in NFC, stripped, each run of {@code \s} (regex whitespace) as one space, in lower case. A
     * look-up keys every registered form until one matches, and a resolve looks up each run of parts: the
     * runs are collapsed by hand, as a regex replacement of {@code \s+} rebuilds the name through its
     * matcher at every single space (issue 17).
     */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        StringBuilder collapsed = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!regexSpace(c)) {
                collapsed.append(c);
                inSpace = false;
            } else if (!inSpace) {
                collapsed.append(' ');
                inSpace = true;
            }
        }
        return collapsed.toString().toLowerCase(VI);
    }

    /** {@code \s} of {@link Pattern} without UNICODE_CHARACTER_CLASS: [ \t\n\x0B\f\r]. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
