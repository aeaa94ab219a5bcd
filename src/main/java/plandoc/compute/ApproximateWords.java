package plandoc.compute;

import java.util.regex.Pattern;

/**
 * The words that make a figure typed in prose approximate or a bound ("khoảng 36 dự án", "ước tính 720 tỷ đồng",
 * "trên 1.000 tỷ đồng"): such a figure is not the plan's to compute, so neither the typed-amounts nor the
 * typed-counts check compares it. One list for both, so a word that qualifies money qualifies a count alike; any
 * case, since one may open the sentence ("Ước tính 36 dự án …").
 */
final class ApproximateWords {
    private static final Pattern BEFORE = Pattern.compile(
            "(?iu)(?:khoảng|trên|hơn|gần|dưới|tới|ước|ước tính|xấp xỉ|tối thiểu|tối đa|từ|đến|lên|chừng)\\s*$");
    /** How far back the word may begin: the longest ("ước tính", "tối thiểu") with the spaces after it. */
    private static final int REACH = 20;

    private ApproximateWords() {
    }

    /** Whether the figure at {@code start} of {@code text} comes right after one of the words. */
    static boolean before(String text, int start) {
        return BEFORE.matcher(text.substring(Math.max(0, start - REACH), start)).find();
    }
}
