package plandoc.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.model.IdKind;
import plandoc.model.Plan;
import plandoc.validate.IdIndex;

/**
 * The first id an imported budget would add that the plan already uses. {@code import --into} of the plan's own
 * workbook under its budget's id once wrote a second table that {@code check} then refused ("mã … đã dùng ở dòng
 * 796", s27 tryout 1); it is refused before plan.yaml is touched instead.
 *
 * @param first where the plan uses the id
 * @param free  a budget id neither the plan nor the ids made from it ({@code <id>-1}, {@code <id>-nhom-1}) use
 */
record TakenIds(IdIndex.Entry first, String free) {

    /** Empty when every id is free. */
    static Optional<TakenIds> in(Plan plan, Map<String, Object> budget) {
        IdIndex index = new IdIndex(plan);
        List<String> added = new ArrayList<>();
        collect(budget, added);
        return added.stream().flatMap(id -> index.find(id).stream()).findFirst()
                .map(first -> new TakenIds(first, free(plan, String.valueOf(budget.get("id")))));
    }

    /**
     * The plan as {@code check} loads it; empty when it does not load: then the import goes ahead unchecked and
     * {@code check} says why, as it did.
     */
    static Optional<Plan> load(Path planFolder) {
        return new PlanLoader(Path.of("")).load(planFolder, new Problems());
    }

    /** Whether the id taken is a budget's: then replacing that table is the likely wish. */
    boolean budget() {
        return first.kind() == IdKind.BUDGET;
    }

    /** The budget's id, its groups' and its items' (axis and member ids are scoped to their table). */
    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> node, List<String> ids) {
        if (node.get("id") instanceof String id) {
            ids.add(id);
        }
        for (String key : List.of("groups", "items")) {
            if (node.get(key) instanceof List<?> list) {
                list.stream().filter(Map.class::isInstance).forEach(m -> collect((Map<String, Object>) m, ids));
            }
        }
    }

    /** The first {@code <id>-N} (N ≥ 2) that no id of the plan equals or begins with. */
    static String free(Plan plan, String id) {
        List<String> used = new IdIndex(plan).ids();
        for (int n = 2; ; n++) {
            String candidate = id + "-" + n;
            if (used.stream().noneMatch(u -> u.equals(candidate) || u.startsWith(candidate + "-"))) {
                return candidate;
            }
        }
    }
}
