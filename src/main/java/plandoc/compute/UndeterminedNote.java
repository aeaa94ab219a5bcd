package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import plandoc.diagnostic.Messages;
import plandoc.model.Axis;
import plandoc.model.Member;

/**
 * Why a crossed cell (a source in a year) prints "…", in the words of the table a finance officer reads:
 * "Không tính được kinh phí của từng nguồn vốn trong từng năm vì các dòng sau chỉ ghi kinh phí theo nguồn vốn và
 * theo năm (không phân bổ ước lượng): nhiệm vụ số 2, 6 Phụ lục 03; nhiệm vụ số 4 Phụ lục 06." Made once here;
 * the note under the printed table and the workbook's comment on such a cell both read it. The items are grouped by
 * where they are printed, so a summary over many appendices stays a short note inside the signed text (424's named
 * 23 rows in twelve lines when each row carried its own "(Phụ lục …)"). The place follows the numbers without brackets,
 * as the document cites a part within another ("khoản 1, 2 Điều 3") and as every other label names a row (s26).
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
    /** The appendix a note stands in, as the note names it when its figures are that appendix's own. */
    private static final String THIS_APPENDIX = "phụ lục này";

    private UndeterminedNote() {
    }

    /**
     * A row the note names: its noun and number as the document prints them ("nhiệm vụ", "2") and the place of its
     * table ("Phụ lục 03"), empty when the table is the one the note is under or in an unnumbered section.
     */
    record NamedItem(String noun, String number, String place) {
    }

    /**
     * Where some open cells print the figure {@code declared:} gives ({@code print.undetermined: declared}) and the
     * others "…": the axis whose members tell them apart, each set of members as the note names them (years and periods
     * by their numbers, other members by their labels), in the table's order.
     */
    record Split(int axis, List<String> marked, List<String> declared) {
        Split {
            marked = List.copyOf(marked);
            declared = List.copyOf(declared);
        }
    }

    /** @param items the rows that leave the cells open, in the order the document prints them */
    static String sentence(List<Axis> axes, List<NamedItem> items) {
        return "Không tính được kinh phí " + crossed(axes, -1, List.of()) + reason(axes, items);
    }

    /**
     * The note under a table some of whose open cells print declared figures: the cells the "…" stand for, by the
     * members of the axis that tells them apart ("trong các năm 2022, 2024") when one does, and then that the other
     * open cells print the figures of the table the {@code declared:} entries name ({@code in: Phụ lục 07}), which the
     * rows cannot check (s20 tryout 2: the note said "cannot be computed per source per year" under the nine figures
     * PHỤ LỤC 07 prints). It names that table, not "the signed original": under Đề án IV.1 the figures are PHỤ LỤC
     * 07's, not IV.1's (s27 review H1). The cells themselves carry no mark; the note names them.
     *
     * Under the appendix those figures come from (PHỤ LỤC 07 printing its own), the note does not cite the appendix
     * it stands in: "in số ghi sẵn của phụ lục này" (s27 tryout 8).
     *
     * @param split the axis telling the "…" cells from the declared ones; empty when none does (the cells are mixed)
     * @param places where the declared figures are printed ({@code declared: in:}), in source order; may be empty
     * @param here the appendix the note stands in ("Phụ lục 07"); empty under the body's text
     */
    static String sentence(List<Axis> axes, List<NamedItem> items, Optional<Split> split, List<String> places,
                           Optional<String> here) {
        List<String> cited = places.stream().map(p -> here.filter(p::equalsIgnoreCase).isPresent() ? THIS_APPENDIX : p)
                .distinct().toList();
        String given = cited.isEmpty() ? " in số ghi sẵn, không tính từ các dòng."
                : cited.equals(List.of(THIS_APPENDIX)) ? " in số ghi sẵn của " + THIS_APPENDIX + "."
                : " in số ghi tại " + String.join(", ", cited) + ".";
        if (split.isEmpty()) {
            return sentence(axes, items) + " Các ô không tính được khác" + given;
        }
        Split s = split.get();
        Axis apart = axes.get(s.axis());
        String declared = members(noun(apart), s.declared());
        return "Không tính được kinh phí " + crossed(axes, s.axis(), s.marked()) + reason(axes, items)
                + " Các ô không tính được " + (isTime(apart) ? "trong " : "của ") + declared + given;
    }

    /**
     * "của từng nguồn vốn trong từng năm", time axes last; the axis {@code named} by its {@code members} instead:
     * "trong các năm 2022, 2024", "của nguồn vốn Ngân sách Trung ương".
     */
    private static String crossed(List<Axis> axes, int named, List<String> members) {
        List<String> parts = new ArrayList<>();
        for (boolean time : List.of(false, true)) {
            for (int a = 0; a < axes.size(); a++) {
                if (isTime(axes.get(a)) == time) {
                    parts.add(a == named ? members(noun(axes.get(a)), members) : "từng " + noun(axes.get(a)));
                }
            }
        }
        return "của " + parts.get(0) + (parts.size() > 1 ? " trong " + String.join(", ", parts.subList(1, parts.size())) : "");
    }

    /** "năm 2022", "các năm 2022, 2024"; labels holding a comma ("Nguồn ODA, xã hội hóa") are set apart by "; ". */
    private static String members(String noun, List<String> members) {
        if (members.size() == 1) {
            return noun + " " + members.get(0);
        }
        String separator = members.stream().anyMatch(m -> m.contains(",")) ? "; " : ", ";
        return "các " + noun + " " + String.join(separator, members);
    }

    /** " vì các dòng sau chỉ ghi kinh phí theo nguồn vốn và theo năm (không phân bổ ước lượng): …." */
    private static String reason(List<Axis> axes, List<NamedItem> items) {
        List<String> nouns = new ArrayList<>();
        axes.stream().filter(a -> !isTime(a)).forEach(a -> nouns.add(noun(a)));
        axes.stream().filter(UndeterminedNote::isTime).forEach(a -> nouns.add(noun(a)));
        List<String> each = nouns.stream().map(n -> "theo " + n).toList();
        // The printed document's words: Vietnamese whatever the site's language.
        String given = new ListWords(Messages.forLanguage("vi")).and(each);
        if (items.size() == 1) {
            return " vì dòng " + groups(items).get(0) + " chỉ ghi kinh phí " + given + " (không phân bổ ước lượng).";
        }
        return " vì các dòng sau chỉ ghi kinh phí " + given + " (không phân bổ ước lượng): "
                + String.join("; ", groups(items)) + ".";
    }

    /** "nhiệm vụ số 2, 6, 7 Phụ lục 03": neighbouring rows of one noun and one place, named once. */
    private static List<String> groups(List<NamedItem> items) {
        List<String> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= items.size(); i++) {
            if (i == items.size() || !sameGroup(items.get(start), items.get(i))) {
                NamedItem first = items.get(start);
                String numbers = String.join(", ", items.subList(start, i).stream().map(NamedItem::number).toList());
                groups.add(first.noun() + " số " + numbers + (first.place().isEmpty() ? "" : " " + first.place()));
                start = i;
            }
        }
        return groups;
    }

    private static boolean sameGroup(NamedItem a, NamedItem b) {
        return a.noun().equals(b.noun()) && a.place().equals(b.place());
    }

    static boolean isTime(Axis axis) {
        return all(axis, m -> YEAR.matcher(m.id().value()).matches())
                || all(axis, m -> PERIOD.matcher(m.id().value()).matches());
    }

    /** The axis in words: "năm", "giai đoạn", its label ("nguồn kinh phí"), "nguồn vốn", else its columns. */
    static String noun(Axis axis) {
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
