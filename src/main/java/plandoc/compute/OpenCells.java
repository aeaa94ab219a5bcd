package plandoc.compute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import plandoc.model.Member;

/**
 * The cells of one budget table that the items leave open (never apportioned), as the table prints them: "…", or
 * a declared figure under {@code print.undetermined: declared}; and the notes naming the items that leave them open.
 */
final class OpenCells {
    private final BudgetFigures figures;
    private final AxisLayout axes;
    private final Function<String, UndeterminedNote.NamedItem> itemLabel;
    private final Set<String> undeterminedItems = new LinkedHashSet<>();
    /** The items leaving open the cells that print a declared figure, for the workbook's comment on them. */
    private final Set<String> declaredItems = new LinkedHashSet<>();
    /** The open cells printing "…" and those printing a declared figure, in reading order: what the note names. */
    private final List<Selection> markedCells = new ArrayList<>();
    private final List<Selection> declaredOpen = new ArrayList<>();

    /**
     * @param itemLabel how a note names an item ("nhiệm vụ số 2 Phụ lục 03")
     */
    OpenCells(BudgetFigures figures, Function<String, UndeterminedNote.NamedItem> itemLabel) {
        this.figures = figures;
        this.axes = figures.layout();
        this.itemLabel = itemLabel;
    }

    /** A cell printing "…", left open by {@code items}. */
    void marked(List<String> items, Selection selection) {
        undeterminedItems.addAll(items);
        markedCells.add(selection);
    }

    /** A cell printing the author's declared figure. */
    void declared(Selection selection) {
        figures.undeterminedItems(selection).forEach(i -> declaredItems.add(i.item().id().value()));
        declaredOpen.add(selection);
    }

    /** The budget whose cells these are. */
    plandoc.model.Budget budget() {
        return figures.budget();
    }

    /** The note under the table on the cells printing "…"; empty when none does. */
    Optional<String> undeterminedNote() {
        return undeterminedNote(Optional.empty());
    }

    /** The same note under the table where it stands in the appendix {@code here} ("Phụ lục 07"). */
    Optional<String> undeterminedNote(Optional<String> here) {
        return undeterminedItems.isEmpty() ? Optional.empty() : Optional.of(markedNote(here));
    }

    /** The workbook's comment on the cells printing a declared figure; empty when none does. */
    Optional<String> declaredNote() {
        return declaredItems.isEmpty() ? Optional.empty()
                : Optional.of("Số ghi theo văn bản (declared:), không phải tổng tính từ các dòng: " + note(declaredItems));
    }

    /** Why cells are open, naming the items in the order the document prints them (appendices, then STT). */
    private String note(Set<String> items) {
        return UndeterminedNote.sentence(axes.axes(), named(items));
    }

    private List<UndeterminedNote.NamedItem> named(Set<String> items) {
        List<String> inOrder = figures.items().stream().map(i -> i.item().id().value()).filter(items::contains).toList();
        return inOrder.stream().map(itemLabel).toList();
    }

    /** The note under the table: where some open cells print declared figures, it says which cells the "…" are. */
    private String markedNote(Optional<String> here) {
        if (declaredOpen.isEmpty()) {
            return note(undeterminedItems);
        }
        List<String> places = figures.budget().declared().stream().flatMap(d -> d.in().stream()).map(String::strip)
                .filter(p -> !p.isEmpty()).distinct().toList();
        return UndeterminedNote.sentence(axes.axes(), named(undeterminedItems), split(), places, here);
    }

    /**
     * The axis whose members tell the open cells printing "…" from those printing a declared figure (424's PHỤ
     * LỤC 07: the years, 2022 and 2024 against 2021, 2023, 2025), time axes first. Empty when none does.
     */
    private Optional<UndeterminedNote.Split> split() {
        List<Integer> order = new ArrayList<>();
        for (boolean time : List.of(true, false)) {
            for (int a = 0; a < axes.size(); a++) {
                if (UndeterminedNote.isTime(axes.axes().get(a)) == time) {
                    order.add(a);
                }
            }
        }
        for (int axis : order) {
            Optional<Set<String>> marked = membersAt(axis, markedCells);
            Optional<Set<String>> given = membersAt(axis, declaredOpen);
            if (marked.isPresent() && given.isPresent() && marked.get().stream().noneMatch(given.get()::contains)) {
                return Optional.of(new UndeterminedNote.Split(axis, words(axis, marked.get()), words(axis, given.get())));
            }
        }
        return Optional.empty();
    }

    /** The members the cells take on {@code axis}, in the order they are printed; empty when some cell takes all. */
    private Optional<Set<String>> membersAt(int axis, List<Selection> cells) {
        Set<String> members = new LinkedHashSet<>();
        for (Selection cell : cells) {
            if (cell.member(axis) == null) {
                return Optional.empty();
            }
            members.add(cell.member(axis));
        }
        return Optional.of(members);
    }

    /** Years and periods by their numbers ("2022"), other members by their labels, as the note names them. */
    private List<String> words(int axis, Set<String> members) {
        boolean time = UndeterminedNote.isTime(axes.axes().get(axis));
        return members.stream().map(m -> time ? m : axes.member(axis, m).map(Member::label).orElse(m)).toList();
    }
}
