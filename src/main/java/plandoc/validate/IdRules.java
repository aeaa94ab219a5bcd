package plandoc.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import plandoc.diagnostic.Folding;
import plandoc.diagnostic.Problems;
import plandoc.diagnostic.SourcePosition;
import plandoc.model.Axis;
import plandoc.model.Member;
import plandoc.model.Plan;

/** Ids are well-formed (lowercase letters, digits, {@code -}), not bare numbers, and unique. */
final class IdRules {
    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9-]+");

    void check(Plan plan, IdIndex index, Problems problems) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (IdIndex.Entry e : index.all()) {
            String id = e.id().value();
            if (!WELL_FORMED.matcher(id).matches()) {
                problems.error(e.id().at(), "id.malformed", id, suggestion(id));
            } else if (BARE_NUMBER.matcher(id).matches()) {
                // Numbers are the generator's: an id that looks like one would not survive a renumbering.
                problems.error(e.id().at(), "id.number", id);
            }
            SourcePosition first = seen.putIfAbsent(id, e.id().at());
            if (first != null) {
                problems.error(e.id().at(), "id.duplicate", id, first.line());
            }
        }
        plan.axes().forEach(a -> checkAxis(a, problems));
        plan.budgets().forEach(b -> b.axes().forEach(a -> checkAxis(a, problems)));
    }

    /** Axis and member ids are scoped: unique within their axis, and may be numbers (years). */
    private void checkAxis(Axis axis, Problems problems) {
        checkScoped(axis.id().value(), axis.id().at(), problems);
        Map<String, SourcePosition> seen = new HashMap<>();
        checkMembers(axis.members().stream().toList(), seen, problems);
    }

    private void checkMembers(java.util.List<Member> members, Map<String, SourcePosition> seen, Problems problems) {
        for (Member m : members) {
            checkScoped(m.id().value(), m.id().at(), problems);
            SourcePosition first = seen.putIfAbsent(m.id().value(), m.id().at());
            if (first != null) {
                problems.error(m.id().at(), "id.duplicate", m.id().value(), first.line());
            }
            checkMembers(m.members(), seen, problems);
        }
    }

    private void checkScoped(String id, SourcePosition at, Problems problems) {
        if (!WELL_FORMED.matcher(id).matches()) {
            problems.error(at, "id.malformed", id, suggestion(id));
        }
    }

    static boolean wellFormed(String id) {
        return WELL_FORMED.matcher(id).matches();
    }

    /** "Phụ lục 3" → "phu-luc-3": what the author probably meant. */
    static String suggestion(String id) {
        return Folding.slug(id);
    }
}
