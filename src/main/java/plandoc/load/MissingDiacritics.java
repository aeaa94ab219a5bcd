package plandoc.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * Letterhead and signature fields typed without Vietnamese input ("Ha Tinh", "Uy ban nhan dan tinh Ha Tinh", "Chu
 * tich"): every word is a valid syllable without its marks, so the syllable check of the body cannot see them, and
 * they were printed as typed. Each field is folded ({@link TypedText#key}) and held against the forms plandoc
 * knows — the provincial units, a People's Committee's or Council's name, the usual posts and bodies of a signature
 * — and when it is one of them only once folded, and has fewer marks (a wrong tone, or the old placement "Uỷ", is not
 * this), a warning asks whether that form was meant, as {@code new --province "nghe an"} does.
 */
final class MissingDiacritics {
    /** Heads of a provincial body; each one's deputy is "Phó …". */
    private static final List<String> HEADS = List.of("Chủ tịch", "Giám đốc", "Chánh Văn phòng", "Trưởng ban",
            "Chánh Thanh tra", "Tổng Giám đốc", "Trưởng phòng", "Cục trưởng", "Chi cục trưởng", "Viện trưởng",
            "Hiệu trưởng", "Bí thư", "Thủ trưởng", "Trưởng Ban");
    /** What "TM." is followed by: the collective body signed for. */
    private static final List<String> BODIES = List.of("Ủy ban nhân dân", "Hội đồng nhân dân",
            "Thường trực Hội đồng nhân dân", "Ban Chỉ đạo", "Ban Thường vụ", "Ban Chấp hành", "Hội đồng");
    /** An authority line: its prefix as typed, then what it names. */
    private static final Pattern AUTHORITY = Pattern.compile("(?iu)((?:tm|kt|q|tl|tuq)\\.\\s*)(.+)");
    /** A council's name folded: "uy ban nhan dan tinh ha tinh", the kind of unit optional. */
    private static final Pattern COUNCIL = Pattern.compile("(uy ban nhan dan|hoi dong nhan dan)\\s+"
            + "(?:(tinh|thanh pho)\\s+)?(.+)");
    private static final Set<String> POSTS;

    static {
        Set<String> filled = new LinkedHashSet<>();
        HEADS.forEach(h -> {
            filled.add(h);
            filled.add("Phó " + h);
        });
        POSTS = Collections.unmodifiableSet(filled);
    }

    private final Problems problems;

    MissingDiacritics(Problems problems) {
        this.problems = problems;
    }

    /** {@code place:}: a provincial unit's place name ("Hà Tĩnh", "Thành phố Hồ Chí Minh"). */
    void place(SourcePosition at, String place) {
        ProvincialUnits units = ProvincialUnits.get();
        if (units.named(place).isPresent()) {
            return;
        }
        String folded = TypedText.key(place).replaceFirst("^(?:tinh|thanh pho|tp\\.?)\\s*", "");
        List<String> meant = units.all().stream().filter(u -> TypedText.key(u.name()).equals(folded))
                .map(ProvincialUnits.Unit::place).distinct().toList();
        if (meant.size() == 1) {
            if (marks(meant.get(0)) > marks(place)) {
                warn(at, "place", place, meant.get(0));
            }
            return;
        }
        unmarked(at, "place", place);
    }

    /**
     * {@code issuer.name:} (and {@code parent:}): a People's Committee or Council of a provincial unit, told in the
     * unit's own kind ("thành phố Hà Nội"), or a Sở of the usual list ("Sở Tai chinh" → "Sở Tài chính"). Whether marks
     * are missing is judged in the kind as typed: a "tỉnh" for a thành phố has fewer marks, and is another warning's
     * matter ({@link IssuerNames}). A name that is none of them and carries no mark at all in two words or more
     * ("So Tai nguyen va Moi truong") is told so without a guess.
     */
    void issuerName(SourcePosition at, String field, String name) {
        Matcher m = COUNCIL.matcher(TypedText.key(name));
        Optional<String> department = department(name);
        if (m.matches()) {
            String council = m.group(1).startsWith("uy") ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
            List<ProvincialUnits.Unit> units = ProvincialUnits.get().all().stream()
                    .filter(u -> TypedText.key(u.name()).equals(m.group(3))).toList();
            if (units.size() == 1) {
                ProvincialUnits.Unit unit = units.get(0);
                String kind = m.group(2) == null ? unit.kind() : m.group(2).equals("tinh") ? "tỉnh" : "thành phố";
                if (marks(council + " " + kind + " " + unit.name()) > marks(name)) {
                    warn(at, field, name, council + " " + unit.fullName());
                }
                return;
            }
        } else if (department.isPresent()) {
            if (marks(department.get()) > marks(name)) {
                warn(at, field, name, department.get());
            }
            return;
        }
        unmarked(at, field, name);
    }

    /** The form of an issuer's name plandoc knows once folded: a provincial unit's council, or a Sở of the list. */
    Optional<String> knownIssuer(String name) {
        Matcher m = COUNCIL.matcher(TypedText.key(name));
        if (m.matches()) {
            String council = m.group(1).startsWith("uy") ? "Ủy ban nhân dân" : "Hội đồng nhân dân";
            List<ProvincialUnits.Unit> units = ProvincialUnits.get().all().stream()
                    .filter(u -> TypedText.key(u.name()).equals(m.group(3))).toList();
            return units.size() == 1 ? Optional.of(council + " " + units.get(0).fullName()) : Optional.empty();
        }
        return department(name);
    }

    /**
     * A Sở of the starter register's list ({@code plandoc new}'s agencies.yaml) the name begins with once folded,
     * and the province after it when it names one: "So Tai chinh tinh Ha Tinh" → "Sở Tài chính tỉnh Hà Tĩnh".
     */
    private static Optional<String> department(String name) {
        List<String> words = List.of(TypedText.normal(name).split(" "));
        for (String sở : Departments.NAMES) {
            int count = sở.split(" ").length;
            if (words.size() < count || !TypedText.key(String.join(" ", words.subList(0, count))).equals(TypedText.key(sở))) {
                continue;
            }
            String rest = String.join(" ", words.subList(count, words.size()));
            if (rest.isEmpty()) {
                return Optional.of(sở);
            }
            Matcher unitName = Pattern.compile("(tinh|thanh pho)\\s+(.+)").matcher(TypedText.key(rest));
            Optional<ProvincialUnits.Unit> unit = unitName.matches() ? ProvincialUnits.get().all().stream()
                    .filter(u -> TypedText.key(u.name()).equals(unitName.group(2))).findFirst() : Optional.empty();
            return Optional.of(sở + " " + unit.map(u -> (unitName.group(1).equals("tinh") ? "tỉnh" : "thành phố")
                    + " " + u.name()).orElse(rest));
        }
        return Optional.empty();
    }

    /**
     * Vietnamese words with no mark at all, two or more: no did-you-mean to give, but printed as typed all the same.
     * Initialisms ("UBND"), numbers and codes are not words here; one word ("Pleiku") is too little to judge.
     */
    private void unmarked(SourcePosition at, String field, String text) {
        if (marks(text) > 0) {
            return;
        }
        long words = java.util.Arrays.stream(TypedText.normal(text).split("[\\s,;.()\\-–/]+"))
                .filter(w -> w.length() >= 2 && w.codePoints().allMatch(Character::isLetter))
                .filter(w -> w.codePoints().anyMatch(Character::isLowerCase)).count();
        if (words >= 2) {
            problems.warning(at, "field.no-diacritics", field, TypedText.normal(text));
        }
    }

    /**
     * The common Vietnamese family names, folded: a signer's name that begins with one and carries no mark at all
     * ("Tran Thi Binh") was typed without Vietnamese input; a foreign name ("John Smith") does not begin with one.
     */
    private static final Set<String> SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu",
            "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "doan", "trinh", "truong", "lam", "mai",
            "cao", "luu", "lu", "ha", "thai", "tang", "ta", "quach", "luong", "trieu", "chu", "kieu", "vuong", "tieu",
            "ton", "khuc", "nong", "lo", "lai", "dao", "tong", "van", "giap", "kim", "au", "phung", "thach", "nghiem");

    /**
     * {@code signature.name:}: a Vietnamese personal name of two words or more with no mark at all, its family name
     * one of the common ones. A warning, not an error: a foreign or minority name may rightly carry none.
     */
    void signerName(SourcePosition at, String name) {
        String[] words = TypedText.normal(name).split(" ");
        if (marks(name) == 0 && words.length >= 2 && SURNAMES.contains(TypedText.key(words[0]))
                && java.util.Arrays.stream(words).allMatch(w -> w.codePoints().allMatch(Character::isLetter))) {
            problems.warning(at, "signer.no-diacritics", TypedText.normal(name));
        }
    }

    /** {@code signature.title:}: a post ("Chủ tịch", "Phó Giám đốc"). */
    void title(SourcePosition at, String title) {
        known(title, POSTS).ifPresent(meant -> warn(at, "title", title, meant));
    }

    /** A line of {@code signature.authority:}: its prefix, then a body ("TM. Ủy ban nhân dân") or a post. */
    void authority(SourcePosition at, String line) {
        Matcher m = AUTHORITY.matcher(TypedText.normal(line));
        if (!m.matches()) {
            return;
        }
        Set<String> forms = new LinkedHashSet<>(BODIES);
        forms.addAll(POSTS);
        known(m.group(2), forms).ifPresent(meant -> warn(at, "authority", line, m.group(1) + meant));
    }

    /** The known form {@code typed} is once folded, when it has fewer marks than that form. */
    private static Optional<String> known(String typed, Set<String> forms) {
        String folded = TypedText.key(typed);
        List<String> meant = new ArrayList<>();
        for (String form : forms) {
            if (TypedText.key(form).equals(folded)) {
                meant.add(form);
            }
        }
        return meant.stream().filter(f -> marks(f) > marks(typed)).findFirst();
    }

    /** At the value, naming its key as typed ("place", "name", "title", "authority"). */
    private void warn(SourcePosition at, String field, String typed, String meant) {
        problems.warning(at, "field.missing-diacritics", field, TypedText.normal(typed), meant);
    }

    /** The marks a text carries: combining marks once decomposed, and "đ". */
    private static int marks(String text) {
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        int count = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ') {
                count++;
            }
        }
        return count;
    }

}
