package plandoc.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which money to add up: per axis a member (leaf or parent) or {@code null} for all members.
 * {@code [2012-2015, tw]} is one crossed cell; {@code [2012-2015, null]} a phase total;
 * {@code [null, null]} the whole.
 */
public record Selection(List<String> members) {
    public Selection {
        members = java.util.Collections.unmodifiableList(new ArrayList<>(members));
    }

    public static Selection all(int axes) {
        String[] none = new String[axes];
        return new Selection(Arrays.asList(none));
    }

    public static Selection of(CellKey key) {
        return new Selection(key.members());
    }

    /** A selection constraining the axes named in {@code byAxis} (axis index → member id). */
    public static Selection of(int axes, Map<Integer, String> byAxis) {
        String[] members = new String[axes];
        byAxis.forEach((axis, member) -> members[axis] = member);
        return new Selection(Arrays.asList(members));
    }

    public String member(int axis) {
        return members.get(axis);
    }

    // equals and hashCode written out: a record's own link an invokedynamic bootstrap on their first
    // call, in the middle of a cold build's check (issue 17). Selections are map keys (LiveSums).
    @Override
    public boolean equals(Object o) {
        return o instanceof Selection s && members.equals(s.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    /** A loop, not a stream: asked for every cell's sum, thousands of times in a plan's check (issue 17). */
    public int constrainedAxes() {
        int constrained = 0;
        for (String member : members) {
            if (member != null) {
                constrained++;
            }
        }
        return constrained;
    }
}
