package plandoc.diagnostic;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese as typed without Vietnamese input ("Quyết định" → "quyet dinh"): the one way plandoc folds a name, for
 * suggestions, comparisons and the safe names (file stems, ids, anchors, folder names) the stages make. It lives
 * here, below every stage, because load, validate, compute, render, importer and cli all need it; the slug rules
 * that differ (which characters a name keeps, what an empty one becomes, how long it may be) stay with their callers.
 */
public final class Folding {
    /** Every combining mark: Vietnamese tones, circumflex, breve and horn, and any other script's. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASH_AT_ENDS = Pattern.compile("^-+|-+$");

    private Folding() {
    }

    /**
     * "Quyết định số 5/QĐ-UBND" → "Quyet dinh so 5/QD-UBND": "đ"/"Đ" as "d"/"D" (Unicode gives them no
     * decomposition), then every combining mark of the canonical decomposition (NFD) removed; case kept.
     */
    public static String unaccented(String text) {
        return MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD))
                .replaceAll("");
    }

    /** {@link #unaccented} in lower case (root locale): the form names are compared or suggested in. */
    public static String folded(String text) {
        return unaccented(text).toLowerCase(Locale.ROOT);
    }

    /**
     * "Phụ lục 3" → "phu-luc-3": {@link #folded}, each run of anything but a-z and 0-9 one "-", none at either end.
     * Empty when nothing is left; the caller says what an empty name becomes.
     */
    public static String slug(String text) {
        return DASH_AT_ENDS.matcher(NOT_ALNUM.matcher(folded(text)).replaceAll("-")).replaceAll("");
    }
}
