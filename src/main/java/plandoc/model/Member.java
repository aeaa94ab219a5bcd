package plandoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/**
 * A member of a budget axis (a phase, a source, a year), possibly with sub-members whose sum it is.
 *
 * @param label       how a row names it ("Ngân sách Trung ương")
 * @param shortLabel  how a column head names it ("TW"), if different
 * @param printTotal  false: a parent printed as a header only, without its computed column
 */
public record Member(Id id, String label, Optional<String> shortLabel, List<Member> members, boolean printTotal) {
    public Member {
        members = List.copyOf(members);
    }

    public String columnLabel() {
        return shortLabel.orElse(label);
    }

    public boolean hasMembers() {
        return !members.isEmpty();
    }

    /** The ids of its sub-members at any depth, each before its own sub-members' (depth first). */
    public List<String> descendantIds() {
        List<String> ids = new ArrayList<>();
        addIds(members, ids);
        return List.copyOf(ids);
    }

    static void addIds(List<Member> members, List<String> out) {
        for (Member m : members) {
            out.add(m.id().value());
            addIds(m.members(), out);
        }
    }
}
