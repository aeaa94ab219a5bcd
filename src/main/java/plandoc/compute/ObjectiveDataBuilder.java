package plandoc.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import plandoc.model.Objective;
import plandoc.model.ObjectiveGroup;
import plandoc.model.ObjectiveTable;
import plandoc.model.Target;
import plandoc.model.Text;
import plandoc.resolved.InlineText;
import plandoc.resolved.ObjectiveData;
import plandoc.resolved.Period;

/** An objectives table's indicators as open data: periods parsed, targets typed where they read as figures. */
final class ObjectiveDataBuilder {
    private final Function<Text, InlineText> inline;

    ObjectiveDataBuilder(Function<Text, InlineText> inline) {
        this.inline = inline;
    }

    List<ObjectiveData> build(ObjectiveTable table) {
        List<ObjectiveData> out = new ArrayList<>();
        for (ObjectiveGroup group : table.groups()) {
            Optional<String> title = group.title().isEmpty() ? Optional.empty() : Optional.of(inline.apply(group.title()).plain());
            for (Objective objective : group.items()) {
                List<ObjectiveData.TargetData> targets = new ArrayList<>();
                for (Target target : objective.targets()) {
                    String text = inline.apply(target.text()).plain();
                    // A figure the source gives wins over one read from the text; the text's comparator still applies.
                    Optional<ObjectiveData.Figure> read = TargetFigures.read(text);
                    Optional<ObjectiveData.Figure> figure = target.value().map(value -> new ObjectiveData.Figure(
                            read.map(ObjectiveData.Figure::comparator).orElse("eq"), value,
                            target.unit().or(() -> read.flatMap(ObjectiveData.Figure::unit)), true)).or(() -> read);
                    targets.add(new ObjectiveData.TargetData(target.year(), period(target.year()), text, figure));
                }
                out.add(new ObjectiveData(table.id().value(), title, objective.id().value(),
                        inline.apply(objective.indicator()).plain(),
                        objective.note().map(note -> inline.apply(note).plain()), targets));
            }
        }
        return out;
    }

    /** The years a milestone names, when it names one span ("2025", "2021-2025", "Giai đoạn 2016-2020"). */
    static Optional<Period> period(String text) {
        List<YearRange> ranges = YearRange.parse(text);
        return ranges.size() == 1 && ranges.get(0).to() != 9999
                ? Optional.of(new Period(ranges.get(0).from(), ranges.get(0).to())) : Optional.empty();
    }
}
