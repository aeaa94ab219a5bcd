package plandoc.load;

import java.util.List;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;

/**
 * Spots Vietnamese text typed in a pre-Unicode encoding (TCVN3/ABC or VNI) and pasted as if it were
 * Latin-1/Windows-1252: "Quyết định" arrives as "Quy¸t ®Þnh" (TCVN3) or "Quyeát ñònh" (VNI).
 *
 * <p>Heuristic, line by line. Real Vietnamese in Unicode uses from the Latin-1 block only the letters
 * àáâãèéêìíòóôõùúý (and capitals); everything else there is a trace of a legacy font when it sits inside a
 * word (next to a letter):
 * <ul>
 * <li>a Latin-1 symbol inside a word ({@code ¸ ® µ ¶ · ¹ ¨ © ª « ¬ § ×} …: TCVN3's vowels and đ) scores 2,
 * since no language writes symbols inside words;</li>
 * <li>{@code ñ}/{@code Ñ} (VNI's đ/Đ) scores 2;</li>
 * <li>any other non-Vietnamese Latin-1 letter inside a word ({@code Þ ø ä å ï û ö} …) scores 1;</li>
 * <li>VNI's tone-after-vowel pairs that Vietnamese never spells ({@code eá}, {@code eà}, {@code aä},
 * {@code eâ} …: an a or e followed by a VNI tone or hat letter), {@code oâ} (VNI's ô) and a VNI tone letter
 * ({@code ù ø û õ ï}) right after a vowel ({@code aù}, {@code yù}, {@code ôø}) score 2.</li>
 * </ul>
 * A line scoring 3 or more is flagged, unless it holds at least as many genuinely Vietnamese letters
 * (ă, đ, ơ, ư, the U+1EA0 block …), which a line of legacy text cannot have. So one foreign name
 * ("Müller", "España") is not flagged, while a single legacy word ("Quy¸t", "ñònh") usually is.
 */
public final class LegacyEncoding {
    /** Latin-1 letters Vietnamese Unicode text uses. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ";
    /** What follows an a or e in VNI to make a hat or a tone, and never does in Vietnamese. */
    private static final String VNI_AFTER_AE = "áàâåãäêÁÀÂÅÃÄÊ";
    /** VNI's tone letters (sắc, huyền, hỏi, ngã, nặng), typed after the vowel they mark. */
    private static final String VNI_TONES = "ùøûõïÙØÛÕÏ";
    /** What a VNI tone letter follows: a plain vowel or a VNI hat/horn letter (â ê ô ö). */
    private static final String VNI_VOWELS = "aeiouyAEIOUYâêôöÂÊÔÖ";
    static final int THRESHOLD = 3;

    private LegacyEncoding() {
    }

    /** A flagged line: its 1-based column of the first trace and the word holding it. */
    public record Finding(int column, String word) {
    }

    /** The finding for one line, or null when the line looks like ordinary text. */
    public static Finding inspect(String line) {
        int score = 0;
        int vietnamese = 0;
        int first = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x80) {
                continue; // no ASCII character is a trace, nor Vietnamese-only: the checks below are for the rest
            }
            if (isVietnameseOnly(c)) {
                vietnamese++;
                continue;
            }
            int points = 0;
            if (c >= '\u00A1' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0 && inWord(line, i)) {
                points = c == 'ñ' || c == 'Ñ' || !Character.isLetter(c) ? 2 : 1;
            }
            if (i > 0 && VNI_AFTER_AE.indexOf(c) >= 0 && "aeAE".indexOf(line.charAt(i - 1)) >= 0) {
                points = 2;
            }
            // "oâ" (VNI's ô) and a tone letter after a vowel ("aù", "öôø"): Vietnamese Unicode marks the vowel itself.
            if (i > 0 && (c == 'â' || c == 'Â') && "oO".indexOf(line.charAt(i - 1)) >= 0
                    || i > 0 && VNI_TONES.indexOf(c) >= 0 && VNI_VOWELS.indexOf(line.charAt(i - 1)) >= 0) {
                points = 2;
            }
            if (points > 0) {
                score += points;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (score < THRESHOLD || vietnamese >= score) {
            return null;
        }
        return new Finding(first + 1, word(line, first));
    }

    /** Warns once for each line of a source file that looks like legacy-encoded Vietnamese. */
    static void check(SourceFile source, Problems problems) {
        List<String> lines = source.lines();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (isAscii(line)) {
                continue;
            }
            Finding f = inspect(line);
            if (f != null) {
                problems.warning(new SourcePosition(source.displayPath(), n + 1, f.column()), "text.legacy-encoding",
                        f.word());
            }
        }
    }

    private static boolean isAscii(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Letters only Vietnamese uses: ă â-less specials (ă đ ĩ ũ ơ ư and capitals) and the U+1EA0–U+1EF9 block. */
    private static boolean isVietnameseOnly(char c) {
        return "ăĂđĐĩĨũŨơƠưƯ".indexOf(c) >= 0 || c >= '\u1EA0' && c <= '\u1EF9';
    }

    private static boolean isTrace(char c) {
        return c >= '\u00A1' && c <= '\u00FF' && VIETNAMESE_LATIN1.indexOf(c) < 0;
    }

    /** Whether the character at i touches a letter (or another trace) on either side. */
    private static boolean inWord(String line, int i) {
        return i > 0 && touches(line.charAt(i - 1)) || i + 1 < line.length() && touches(line.charAt(i + 1));
    }

    private static boolean touches(char c) {
        return Character.isLetter(c) || isTrace(c);
    }

    private static String word(String line, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1)) && "\"':,[{".indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && "\"',]}".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(start, end);
    }
}
