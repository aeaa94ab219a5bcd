package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import plandoc.diagnostic.Messages;
import plandoc.model.Axis;
import plandoc.model.Member;

/**
 * Why a crossed cell (a source in a year) prints "…", in the words of the table a finance officer reads:
 * "Không tính được kinh phí của từng nguồn vốn trong từng năm vì các dòng sau chỉ ghi kinh phí theo nguồn vốn và
 * theo năm (không phân bổ ước lượng): nhiệm vụ số 2, 6 (Phụ lục 03); nhiệm vụ số 4 (Phụ lục 06)." Made once here;
 * the note under the printed table and the workbook's comment on such a cell both read it. The items are grouped by
 * where they are printed, so a summary over many appendices stays a short note inside the signed text (424's named
 * 23 rows in twelve lines when each row carried its own "(Phụ lục …)").
 *
 * <p>An axis is named by what its columns are: members that are years ("2021") are "năm", periods
 * ("2012-2015") "giai đoạn"; else its printed {@code label} ("Nguồn vốn"); else, when every member is a source of
 * funds ("Ngân sách Trung ương", "NS địa phương", "Vốn khác", "Nguồn ODA …"), "nguồn vốn"; else its columns'
 * heads ("cột A, B"). Time axes are named last: "của từng nguồn vốn trong từng năm".
 */
final class UndeterminedNote {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}\\s*-\\s*\\d{4}");
    private static final List<String> FUNDING_WORDS = List.of("ngân sách", "ns ", "nguồn", "vốn");

    private UndeterminedNote() {
    }

    /**
     * A row the note names: its noun and number as the document prints them ("nhiệm vụ", "2") and the place of its
     * table ("Phụ lục 03"), empty when the table is the one the note is under or in an unnumbered section.
     */
    record NamedItem(String noun, String number, String place) {
    }

    /** @param items the rows that leave the cells open, in the order the document prints them */
    static String sentence(List<Axis> axes, List<NamedItem> items) {
        List<String> nouns = new ArrayList<>();
        axes.stream().filter(a -> !isTime(a)).forEach(a -> nouns.add(noun(a)));
        axes.stream().filter(UndeterminedNote::isTime).forEach(a -> nouns.add(noun(a)));
        List<String> each = nouns.stream().map(n -> "theo " + n).toList();
        // The printed document's words: Vietnamese whatever the site's language.
        String given = new ListWords(Messages.forLanguage("vi")).and(each);
        String crossed = "của từng " + nouns.get(0) + (nouns.size() > 1 ? " trong từng "
                + String.join(", từng ", nouns.subList(1, nouns.size())) : "");
        String head = "Không tính được kinh phí " + crossed + " vì ";
        if (items.size() == 1) {
            return head + "dòng " + groups(items).get(0) + " chỉ ghi kinh phí " + given + " (không phân bổ ước lượng).";
        }
        return head + "các dòng sau chỉ ghi kinh phí " + given + " (không phân bổ ước lượng): "
                + String.join("; ", groups(items)) + ".";
    }

    /** "nhiệm vụ số 2, 6, 7 (Phụ lục 03)": neighbouring rows of one noun and one place, named once. */
    private static List<String> groups(List<NamedItem> items) {
        List<String> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= items.size(); i++) {
            if (i == items.size() || !sameGroup(items.get(start), items.get(i))) {
                NamedItem first = items.get(start);
                String numbers = String.join(", ", items.subList(start, i).stream().map(NamedItem::number).toList());
                groups.add(first.noun() + " số " + numbers + (first.place().isEmpty() ? "" : " (" + first.place() + ")"));
                start = i;
            }
        }
        return groups;
    }

    private static boolean sameGroup(NamedItem a, NamedItem b) {
        return a.noun().equals(b.noun()) && a.place().equals(b.place());
    }

    private static boolean isTime(Axis axis) {
        return all(axis, m -> YEAR.matcher(m.id().value()).matches())
                || all(axis, m -> PERIOD.matcher(m.id().value()).matches());
    }

    private static String noun(Axis axis) {
        if (all(axis, m -> YEAR.matcher(m.id().value()).matches())) {
            return "năm";
        }
        if (all(axis, m -> PERIOD.matcher(m.id().value()).matches())) {
            return "giai đoạn";
        }
        if (axis.label().isPresent() && !axis.label().get().isBlank()) {
            String label = axis.label().get().strip();
            // "Nguồn vốn" → "nguồn vốn"; an abbreviation ("NS tỉnh") keeps its capitals.
            boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
            return abbreviation ? label : label.substring(0, 1).toLowerCase(VI) + label.substring(1);
        }
        if (all(axis, m -> FUNDING_WORDS.stream().anyMatch(w -> (m.label().toLowerCase(VI) + " ").startsWith(w)))) {
            return "nguồn vốn";
        }
        return "cột " + String.join(", ", axis.members().stream().map(Member::columnLabel).toList());
    }

    private static boolean all(Axis axis, java.util.function.Predicate<Member> test) {
        return !axis.members().isEmpty() && axis.members().stream().allMatch(test);
    }
}
