package plandoc.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import plandoc.diagnostic.SourcePosition;

/** A column dimension of a budget: its members, outermost axis first in a budget's list. */
public record Axis(Id id, Optional<String> label, List<Member> members, SourcePosition at) {
    public Axis {
        members = List.copyOf(members);
    }

    public Optional<Member> member(String memberId) {
        return members.stream().filter(m -> m.id().value().equals(memberId)).findFirst();
    }

    /** Every member's id at any depth, each before its sub-members' (depth first): what a reference may name. */
    public List<String> memberIds() {
        List<String> ids = new ArrayList<>();
        Member.addIds(members, ids);
        return List.copyOf(ids);
    }
}
