package plandoc.compute;

import java.util.List;

/** A budget cell: one leaf member id per axis, outermost axis first. */
public record CellKey(List<String> members) {
    public CellKey {
        members = List.copyOf(members);
    }

    public String member(int axis) {
        return members.get(axis);
    }

    // equals and hashCode written out: a record's own link an invokedynamic bootstrap on their first
    // call, in the middle of a cold build's check (issue 17). Cell keys are map keys (BudgetCalculator).
    @Override
    public boolean equals(Object o) {
        return o instanceof CellKey k && members.equals(k.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /** "2012-2015/tw": a stable key for columns, CSV headers and JSON. */
    public String path() {
        return String.join("/", members);
    }
}
