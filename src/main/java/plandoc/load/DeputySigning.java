package plandoc.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * The KT. line held against the signer's title (Decree 30 Điều 13, Phụ lục I II.7.b; format-standard §8): a deputy
 * signs for the head, "KT." before the head's title and then their own ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ
 * CHỦ TỊCH"); the head signing in person has no KT. line. "Phó X" is the deputy of X whatever the post (Chủ tịch,
 * Giám đốc, Chánh Văn phòng, Trưởng ban …), so no list of posts is needed. Each mismatch was printed as typed.
 */
final class DeputySigning {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /**
     * "Phó Giám đốc" → "Giám đốc": a deputy's title and the head's. "thường trực" and "phụ trách …" qualify the
     * deputy, not the head (a deputy put in charge still signs KT., format-standard §8).
     */
    private static final Pattern DEPUTY =
            Pattern.compile("(?iu)phó\\s+(.+?)(?:\\s+(?:thường\\s+trực|phụ\\s+trách\\b.*))?");
    /** "KT. Chủ tịch", also inside a line typed with several ("TM. Ủy ban nhân dân, KT. Chủ tịch"). */
    private static final Pattern SIGNS_FOR = Pattern.compile("(?iu)(?:^|[,;]\\s*)(kt\\.\\s*([^,;]+))");
    /** An acting head ("Q. Chủ tịch") signs in a form of its own: not held to the deputy's. */
    private static final Pattern ACTING = Pattern.compile("(?iu)(?:^|[,;]\\s*)q\\.\\s*\\S.*");

    private final Problems problems;

    DeputySigning(Problems problems) {
        this.problems = problems;
    }

    /** A KT. line as typed, where it was typed, and the head's title it names. */
    private record SignsFor(String line, String head, SourcePosition at) {
    }

    /** At most one warning: at {@code title:} for a deputy without a KT. line, else at the KT. line. */
    void check(List<String> authority, List<SourcePosition> authorityAt, String title, SourcePosition titleAt) {
        String signer = TypedText.normal(title);
        List<SignsFor> kt = new ArrayList<>();
        // The printed lines, as FrameForms splits two typed as one (warned there), so the two warnings agree.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < authority.size(); i++) {
            SourcePosition at = i < authorityAt.size() ? authorityAt.get(i) : titleAt;
            for (String printed : FrameForms.printedLines(authority.get(i))) {
                String line = TypedText.normal(printed);
                lines.add(line);
                if (ACTING.matcher(line).find()) {
                    return;
                }
                Matcher m = SIGNS_FOR.matcher(line);
                while (m.find()) {
                    kt.add(new SignsFor(m.group(1).strip(), m.group(2).strip(), at));
                }
            }
        }
        Matcher deputy = DEPUTY.matcher(signer);
        if (deputy.matches()) {
            String head = capitalised(deputy.group(1).strip());
            if (kt.isEmpty()) {
                List<String> fixed = new ArrayList<>(lines);
                fixed.add("KT. " + head);
                problems.warning(titleAt, "signature.deputy-without-kt", signer, head, String.join(", ", fixed));
                return;
            }
            SignsFor last = kt.get(kt.size() - 1);
            if (!sameHead(last.head(), head)) {
                problems.warning(last.at(), "signature.kt-other-head", last.line(), signer, head);
            }
            return;
        }
        kt.stream().filter(k -> TypedText.key(k.head()).equals(TypedText.key(signer))).findFirst().ifPresent(k ->
                problems.warning(k.at(), "signature.kt-head-signs", k.line(), signer));
    }

    /**
     * "KT. Giám đốc Sở" for a "Phó Giám đốc" names the same head; "KT. Chủ tịch" for a "Phó Giám đốc" does not.
     * Compared folded, one title beginning the other at a word's end.
     */
    private static boolean sameHead(String typed, String head) {
        String a = TypedText.key(typed);
        String b = TypedText.key(head);
        return a.equals(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
    }

    private static String capitalised(String title) {
        return title.isEmpty() ? title : title.substring(0, 1).toUpperCase(VI) + title.substring(1);
    }
}
