package plandoc.compute;

import java.util.List;
import java.util.stream.Collectors;
import plandoc.model.Member;

/** Describes a budget's axes for comparison and messages: "source(tw, dp, oda-xhh) and year(2021, …)". */
final class AxisShapes {
    private AxisShapes() {
    }

    static String describe(AxisLayout layout) {
        return layout.axes().stream().map(a -> a.id().value() + "(" + members(a.members()) + ")")
                .collect(Collectors.joining(" × "));
    }

    private static String members(List<Member> members) {
        return members.stream().map(m -> m.id().value() + (m.hasMembers() ? "(" + members(m.members()) + ")" : ""))
                .collect(Collectors.joining(", "));
    }
}
