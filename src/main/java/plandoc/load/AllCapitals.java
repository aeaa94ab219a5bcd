package plandoc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import plandoc.diagnostic.Capitals;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * A field typed in capitals that is printed as typed somewhere: the signer's name under the signature (Decree 30,
 * Phụ lục I: the name in normal letters, the lines above it in capitals, which plandoc makes itself), the place of
 * the date line, and the issuer's name, which the letterhead upper-cases but the appendix's "Kèm theo …" line, the
 * site and the e-document record print as typed. Fields plandoc upper-cases wherever it prints them (the parent
 * body, the signer's post and authority) are left alone, and so are abbreviations ("UBND", "HĐND") and single words.
 */
public final class AllCapitals {
    private final Problems problems;

    AllCapitals(Problems problems) {
        this.problems = problems;
    }

    /** {@code signature.name:}: a person's name, each word capitalised ("Nguyễn Văn A"). */
    boolean signerName(SourcePosition at, String name) {
        return check(at, "name", "@caps.signer", name, Optional.of(eachWord(name)));
    }

    /** {@code place:}: the provincial unit's place when it is one, else each word capitalised ("Kỳ Anh"). */
    boolean place(SourcePosition at, String place) {
        String folded = TypedText.key(place).replaceFirst("^(?:tinh|thanh pho|tp\\.?)\\s*", "");
        Optional<String> unit = ProvincialUnits.get().all().stream().filter(u -> TypedText.key(u.name()).equals(folded))
                .map(ProvincialUnits.Unit::place).findFirst();
        return check(at, "place", "@caps.place", place, Optional.of(unit.orElse(eachWord(place))));
    }

    /** {@code issuer.name:}: a known form when there is one (the provincial unit's council, a Sở); else no guess. */
    boolean issuerName(SourcePosition at, String name, Optional<String> known) {
        return check(at, "name", "@caps.issuer", name, known);
    }

    private boolean check(SourcePosition at, String field, String where, String typed, Optional<String> meant) {
        if (!Capitals.typedInCapitals(typed)) {
            return false;
        }
        String normal = TypedText.normal(typed);
        if (meant.isPresent()) {
            problems.warning(at, "field.all-caps", field, normal, where, meant.get());
        } else {
            problems.warning(at, "field.all-caps-plain", field, normal, where);
        }
        return true;
    }

    /** "NGUYỄN VĂN A" → "Nguyễn Văn A". */
    static String eachWord(String text) {
        List<String> out = new ArrayList<>();
        for (String word : TypedText.normal(text).split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            out.add(lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1));
        }
        return String.join(" ", out);
    }
}
