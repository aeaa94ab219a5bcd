package plandoc.compute;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row's title as the agency view prints it after the row's label ("dự án số 2: …"): without the label the title
 * already opens with. An officer copying a list of projects types each title as the source prints it, "Dự án số 2:
 * Đào tạo, tập huấn"; the view said "dự án số 2: Dự án số 2: Đào tạo, tập huấn", the project named twice (s32 tryout
 * M4). The document prints the title as typed: only the view, which adds the label, leaves the repetition out.
 */
final class LabelledTitle {
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The noun and number a label opens with: "dự án số 2" of "dự án số 2 nhóm II Phụ lục". */
    private static final Pattern LABEL = Pattern.compile("^(.+?) số (\\d+)\\b");

    private LabelledTitle() {
    }

    /**
     * {@code title} without an opening "Dự án số 2" or "Dự án 2" ({@code label}'s noun and number, in any case) and the
     * mark after it (":", ".", "-", "–", ")"); {@code title} itself when it opens otherwise or is nothing but that.
     */
    static String of(String title, String label) {
        Matcher named = LABEL.matcher(label);
        if (!named.find()) {
            return title;
        }
        String nfc = Normalizer.normalize(title, Normalizer.Form.NFC);
        Pattern opening = Pattern.compile("^" + Pattern.quote(named.group(1)) + "(?: số)? " + named.group(2)
                + "(?!\\d)\\s*[:.)\\-–—]?\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = opening.matcher(nfc);
        if (!m.find() || m.end() >= nfc.length()) {
            return title;
        }
        String rest = nfc.substring(m.end());
        return rest.substring(0, 1).toUpperCase(VI) + rest.substring(1);
    }
}
