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

    /** "2012-2015/tw": a stable key for columns, CSV headers and JSON. */
    public String path() {
        return String.join("/", members);
    }
}
