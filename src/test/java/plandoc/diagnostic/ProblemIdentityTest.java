package plandoc.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Problem, SourcePosition and Message compare by value as records do (their equals and hashCode are written out). */
class ProblemIdentityTest {

    private static Problem problem(Severity severity, String file, int line, int column, String key, String... args) {
        return new Problem(severity, new SourcePosition(file, line, column), new Message(key, List.of(args)));
    }

    @Test
    void equalByEveryComponent() {
        Problem p = problem(Severity.WARNING, "plan.yaml", 3, 5, "budget.sum", "4.500", "4.600");
        Problem same = problem(Severity.WARNING, new String("plan.yaml"), 3, 5, new String("budget.sum"), "4.500", "4.600");
        assertEquals(p, same);
        assertEquals(p.hashCode(), same.hashCode());
        assertEquals(p.at().hashCode(), same.at().hashCode());
        assertEquals(p.message().hashCode(), same.message().hashCode());
        List<Problem> others = List.of(
                problem(Severity.ERROR, "plan.yaml", 3, 5, "budget.sum", "4.500", "4.600"),
                problem(Severity.WARNING, "phu-luc-1.md", 3, 5, "budget.sum", "4.500", "4.600"),
                problem(Severity.WARNING, "plan.yaml", 4, 5, "budget.sum", "4.500", "4.600"),
                problem(Severity.WARNING, "plan.yaml", 3, 6, "budget.sum", "4.500", "4.600"),
                problem(Severity.WARNING, "plan.yaml", 3, 5, "budget.total", "4.500", "4.600"),
                problem(Severity.WARNING, "plan.yaml", 3, 5, "budget.sum", "4.500", "4.700"),
                problem(Severity.WARNING, "plan.yaml", 3, 5, "budget.sum", "4.500"));
        for (Problem other : others) {
            assertNotEquals(p, other);
            assertNotEquals(other, p);
        }
        assertNotEquals(p, null);
        assertNotEquals(p.at(), p.message());
    }

    @Test
    void sortedByPlaceSeverityKeyAndDistinct() {
        Problems problems = new Problems();
        problems.warning(new SourcePosition("plan.yaml", 9, 1), "b.key");
        problems.error(new SourcePosition("plan.yaml", 9, 1), "c.key");
        problems.warning(new SourcePosition("plan.yaml", 2, 7), "z.key");
        problems.warning(new SourcePosition("plan.yaml", 9, 1), "a.key");
        problems.warning(new SourcePosition("plan.yaml", 9, 1), "b.key");
        problems.error(new SourcePosition("agencies.yaml", 40, 1), "d.key");
        assertEquals(List.of("agencies.yaml:40:1 d.key", "plan.yaml:2:7 z.key", "plan.yaml:9:1 c.key",
                        "plan.yaml:9:1 a.key", "plan.yaml:9:1 b.key"),
                problems.sorted().stream().map(p -> p.at() + " " + p.message().key()).toList());
        assertEquals(2, problems.errorCount());
        assertEquals(3, problems.warningCount());
    }
}
