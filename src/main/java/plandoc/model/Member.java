package plandoc.model;

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
}
