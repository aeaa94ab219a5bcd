package plandoc.validate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plandoc.diagnostic.Problems;
import plandoc.model.Article;
import plandoc.model.DocumentKind;
import plandoc.model.IdKind;
import plandoc.model.IssuedDocument;
import plandoc.model.Plan;
import plandoc.model.Signature;

/** The frame of the issued document: signature prefixes, the article that holds the plan. */
final class DocumentRules {
    /** Decree 30: TM. (thay mặt), Q. (quyền), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền). */
    static final List<String> AUTHORITY_PREFIXES = List.of("TM.", "Q.", "KT.", "TL.", "TUQ.");
    /** One of those prefixes typed in another case ("tm.", "Kt."), then the line's body. */
    private static final Pattern PREFIX_ANY_CASE = Pattern.compile("(?i)(TM|Q|KT|TL|TUQ)\\.\\s+(\\S.*)");
    /** A legal normative document's number: its ordinal, "/", its year of issue (Law on Promulgation of Legal Documents). */
    private static final Pattern NORMATIVE_NUMBER = Pattern.compile("(\\d+)/(\\d{4})");
    /** A legal normative document's draft number: the year of issue alone, the ordinal not given yet ("/2026"). */
    private static final Pattern DRAFT_YEAR = Pattern.compile("/(\\d{4})");
    /** The whole printed number typed as the number: "02/2026/QĐ-UBND". */
    private static final Pattern NUMBER_WITH_SYMBOL = Pattern.compile("(\\d+/\\d{4})/\\s*(\\S.*)");

    void check(Plan plan, Problems problems) {
        IssuedDocument d = plan.document();
        // A signature missing or unreadable was reported when read: no authority lines to hold to the prefixes.
        d.signature().ifPresent(signature -> authorities(signature, d, problems));
        List<Article> including = d.articles().stream().filter(Article::includesPlan).toList();
        if (including.size() > 1) {
            problems.error(including.get(1).at(), "document.plan-included-twice", articleNamed(d, including.get(0)));
        }
        // Printed inside an article and attached after the signature are two places for one plan: which one the
        // officer meant is not plandoc's guess (s32 tryout L4: the article's include: plan was silently ignored).
        if (!including.isEmpty() && plan.body().attached()) {
            problems.error(including.get(0).at(), "document.plan-included-and-attached", articleNamed(d, including.get(0)));
        }
        // An article left out because of its own error (its text empty) may be the one that was missing here.
        boolean articleLeftOut = plan.unread().stream().anyMatch(u -> u.kind() == IdKind.ARTICLE);
        if (d.checkedAs() == DocumentKind.QUYET_DINH && d.articles().isEmpty() && !articleLeftOut) {
            problems.error(d.at(), "document.decision-without-articles");
        }
        if (!plan.body().sections().isEmpty() && !d.articles().isEmpty() && including.isEmpty()
                && !plan.body().attached() && !articleLeftOut) {
            problems.error(plan.body().at(), "document.plan-not-placed");
        }
        // attached_to: plan names the attached plan in every caption ("(Kèm theo Đề án …)"): without one, the
        // caption would be built around an empty title, "(Kèm theo Kế hoạch )".
        if (plan.appendices().attachedToPlan() && !plan.body().attached()) {
            problems.error(plan.appendices().attachedToAt(), "appendices.attached-to-no-plan");
        }
        // The plan's caption_title names it only in the captions of appendices attached to it: elsewhere it would
        // silently print nothing. At the key, where the fix is (was: at "plan:").
        if (plan.body().captionTitle().isPresent() && !plan.appendices().attachedToPlan()) {
            problems.warning(plan.body().captionTitleAt(), "plan.caption-title-unused", plan.body().captionTitle().get());
        }
        // A draft has no number yet, or a legal normative document's year alone ("/2026", load): its year is the
        // planned issue date's, as the number's will be.
        if (d.draft()) {
            d.number().map(DRAFT_YEAR::matcher).filter(Matcher::matches).ifPresent(year ->
                    // A date that could not be read (its error said) is no year to hold the number's to.
                    d.date().filter(date -> Integer.parseInt(year.group(1)) != date.getYear()).ifPresent(date ->
                            problems.error(d.numberAt(), "document.number-year", year.group(), year.group(1),
                                    date.toString(), "/" + date.getYear())));
            return;
        }
        // A number missing or unreadable was reported when read (the plan is checked all the same): nothing to hold.
        d.number().ifPresent(number -> number(d, number, problems));
    }

    /**
     * An article as the officer sees it (s33 review L3): its number as printed, " (its title)" or "" when it has
     * none, and its id, which finds it in plan.yaml; message arguments, each language placing them.
     */
    private static Object[] articleNamed(IssuedDocument d, Article article) {
        String title = article.title().map(t -> " (" + t.literalText() + ")").orElse("");
        return new Object[] {d.articles().indexOf(article) + 1, title, article.id().value()};
    }

    /** Each authority line starts with one of Decree 30's prefixes ("TM.", "KT.", "Q.", "TL.", "TUQ."). */
    private static void authorities(Signature signature, IssuedDocument d, Problems problems) {
        List<String> authorities = signature.authority();
        for (int i = 0; i < authorities.size(); i++) {
            String authority = authorities.get(i);
            if (AUTHORITY_PREFIXES.stream().noneMatch(p -> authority.startsWith(p + " "))) {
                // At the line itself (it was reported at the document's first key).
                var at = i < signature.authorityAt().size() ? signature.authorityAt().get(i) : d.at();
                Matcher cased = PREFIX_ANY_CASE.matcher(authority);
                if (cased.matches()) {
                    // "tm. ủy ban nhân dân": a known prefix in the wrong case, so the line to write is known too.
                    problems.error(at, "document.authority-prefix-case", authority, String.join(", ", AUTHORITY_PREFIXES),
                            cased.group(1).toUpperCase(Locale.ROOT) + ". " + capitalised(cased.group(2)));
                } else {
                    problems.error(at, "document.authority-prefix", authority, String.join(", ", AUTHORITY_PREFIXES));
                }
            }
        }
    }

    /** "ủy ban nhân dân" → "Ủy ban nhân dân": Decree 30 capitalises an agency's name and a position. */
    private static String capitalised(String body) {
        int first = body.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(body.substring(Character.charCount(first))).toString();
    }

    /**
     * Digits ("4086"), or a legal normative document's number and year of issue ("02/2026", printed
     * "Số: 02/2026/QĐ-UBND"): the year is the issue date's, or the printed number contradicts the date line.
     * At the value (was: the document's first key).
     */
    private static void number(IssuedDocument d, String number, Problems problems) {
        Matcher normative = NORMATIVE_NUMBER.matcher(number);
        if (normative.matches()) {
            int year = Integer.parseInt(normative.group(2));
            if (normative.group(1).matches("0+")) {
                problems.error(d.numberAt(), "document.number-zero", number);
            } else {
                d.date().filter(date -> year != date.getYear()).ifPresent(date -> problems.error(d.numberAt(),
                        "document.number-year", number, normative.group(2), date.toString(),
                        normative.group(1) + "/" + date.getYear()));
            }
            return;
        }
        Matcher whole = NUMBER_WITH_SYMBOL.matcher(number);
        if (DRAFT_YEAR.matcher(number).matches()) {
            // "/2026": a normative draft's number on a document not marked draft: either way out.
            problems.error(d.numberAt(), "document.number-ordinal-missing", number);
        } else if (whole.matches()) {
            // "02/2026/QĐ-UBND" copied whole from a printed page: the number and its year, then the symbol.
            problems.error(d.numberAt(), "document.number-with-symbol", number, whole.group(1), whole.group(2));
        } else if (!number.matches("\\d+")) {
            problems.error(d.numberAt(), "document.number", number);
        } else if (number.matches("0+")) {
            // Numbers are given from 01 in each year's register (Decree 30, Điều 15): 0 is a placeholder left in.
            problems.error(d.numberAt(), "document.number-zero", number);
        }
    }
}
