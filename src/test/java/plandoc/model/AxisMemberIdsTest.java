package plandoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import plandoc.diagnostic.SourcePosition;

/** The member ids a reference may name, and a member's descendants: every depth, each before its sub-members. */
class AxisMemberIdsTest {
    private static final SourcePosition AT = new SourcePosition("plan.yaml", 1, 1);

    private static Member member(String id, Member... members) {
        return new Member(new Id(id, AT), id, Optional.empty(), List.of(members), true);
    }

    @Test
    void depthFirstEachBeforeItsSubMembers() {
        Member state = member("ns", member("tw"), member("dp", member("tinh"), member("huyen")));
        Axis sources = new Axis(new Id("nguon", AT), Optional.empty(), List.of(state, member("xhh")), AT);
        assertEquals(List.of("ns", "tw", "dp", "tinh", "huyen", "xhh"), sources.memberIds());
        assertEquals(List.of("tw", "dp", "tinh", "huyen"), state.descendantIds());
        assertEquals(List.of(), member("xhh").descendantIds());
    }
}
