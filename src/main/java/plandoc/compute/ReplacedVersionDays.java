package plandoc.compute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The day a re-issued document's page names each version it replaced by, "07/12/2026": versions replaced the same
 * day are told apart by their order that day, "07/12/2026 (1)", "07/12/2026 (2)" (two links with one label looked
 * like one version given twice).
 */
public final class ReplacedVersionDays {
    private ReplacedVersionDays() {
    }

    /**
     * A version the site replaced: the day it was replaced, whether the PDF kept is the signed one
     * ({@code luu-ban-da-ky/}, {@code build --replace-signed}), and whether what replaced it prints the same text, only
     * its attached sources edited ({@code build --reissue} of a comment-only edit).
     */
    public record Replaced(LocalDate day, boolean signed, boolean printUnchanged) {
    }

    /** The label of each of {@code days}, the days the versions were replaced, oldest first; in their order. */
    public static List<String> labels(List<LocalDate> days) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        days.forEach(d -> perDay.merge(d, 1, Integer::sum));
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<String> labels = new ArrayList<>();
        for (LocalDate day : days) {
            int nth = seen.merge(day, 1, Integer::sum);
            String text = VietnameseDates.short_(day);
            labels.add(perDay.get(day) > 1 ? text + " (" + nth + ")" : text);
        }
        return labels;
    }

    /**
     * The link words of each of {@code versions}, oldest first, in {@code language}: what the version is, then the day
     * it was replaced — "Văn bản ban hành lần đầu, bị thay thế ngày 08/12/2026 (1)", "Bản ban hành lại (đã ký số), bị
     * thay thế ngày 08/12/2026 (2)" (s34 review M5: a bare day read as the version's own date, and nothing told which
     * archived copy carries the signature). The oldest is the text as first issued; every later one a re-issue's. A
     * version replaced by the same print with other sources (s36 review M2) is not said to be replaced: "Bản đăng lần
     * đầu; nguồn đăng lại ngày 08/12/2026, nội dung văn bản không thay đổi", the next one "Bản đăng lại".
     */
    public static List<String> entries(List<Replaced> versions, String language) {
        boolean english = language.equals("en");
        List<String> days = labels(versions.stream().map(Replaced::day).toList());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            Replaced version = versions.get(i);
            // A version whose sources were published again, its print the same (s36 review M2): "thay thế" read as
            // the decision replaced. It is the copy posted first, or posted again; the next one is posted again.
            boolean republished = version.printUnchanged();
            boolean postedAgain = i > 0 && versions.get(i - 1).printUnchanged();
            String what = i == 0 ? republished ? (english ? "Version first published" : "Bản đăng lần đầu")
                    : (english ? "Text as first issued" : "Văn bản ban hành lần đầu")
                    : postedAgain ? (english ? "Version published again" : "Bản đăng lại")
                    : (english ? "Re-issued version" : "Bản ban hành lại");
            String signed = version.signed() ? (english ? " (digitally signed)" : " (đã ký số)") : "";
            String when = republished
                    ? (english ? "; sources published again on " + days.get(i) + ", the document's text unchanged"
                            : "; nguồn đăng lại ngày " + days.get(i) + ", nội dung văn bản không thay đổi")
                    : (english ? ", replaced on " : ", bị thay thế ngày ") + days.get(i);
            entries.add(what + signed + when);
        }
        return entries;
    }
}
