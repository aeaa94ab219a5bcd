package plandoc.model;

import java.util.regex.Pattern;
import plandoc.diagnostic.Folding;

/**
 * The title of a total row, as budget tables print one: "Tổng cộng", "Cộng", "Cộng nhóm I", "Tổng số (I)", "Tổng
 * kinh phí theo nguồn", with or without diacritics, in any case. One rule for the two places that meet such rows:
 * the importer, which reads a sheet's unnumbered "Tổng …" rows as its totals, and the check that warns when one was
 * typed into a plan as a budget item. Whole titles only: a project may begin with the same words ("Cộng đồng dân
 * cư", "Tổng điều tra …", "Tổng kết …", "Tổng hợp …"), and taking it for a total drops it from an import and gives
 * the plan a warning nothing can silence.
 */
public final class TotalRowTitle {
    /** What names one part of a table: a Roman or Arabic numeral, or a single letter ("Cộng A"). */
    private static final String PART = "(?:[ivxlc]+|\\d+|[a-z])";
    /**
     * Folded. Heads no project name begins with ("tổng cộng", "tổng kinh phí" …) take any words after them ("Tổng
     * kinh phí theo nguồn"); the bare words "tổng", "tổng số", "cộng" only what numbers or names a part: "(I+II)",
     * "II", "2", "A + B", "nhóm I", "mục 2", "phần thứ nhất".
     */
    private static final Pattern TITLE = Pattern.compile(
            "(?:tong cong|tong kinh phi|tong du toan|tong von|tong nguon von|tong muc dau tu|tong nhu cau|tong theo)"
                    + "(?:\\W.*)?"
                    + "|(?:tong so|tong|cong)(?:\\s*\\(.*\\)|\\s+" + PART + "(?:\\s*[+,-]\\s*" + PART + ")*"
                    + "|\\s+(?:nhom|muc|phan)\\b.*)?");

    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, here once per row (issue 17). */
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern CLOSING = Pattern.compile("[\\s:.]+$");

    private TotalRowTitle() {
    }

    /** Whether the whole title is a total row's: spaces, a closing colon or full stop aside. */
    public static boolean matches(String title) {
        String folded = CLOSING.matcher(SPACES.matcher(Folding.folded(title)).replaceAll(" ").strip()).replaceAll("");
        return TITLE.matcher(folded).matches();
    }
}
