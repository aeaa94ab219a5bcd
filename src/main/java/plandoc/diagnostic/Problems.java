package plandoc.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems so that one run reports all of them. Not thread-safe: each plan gets its own.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public void error(SourcePosition at, String key, Object... args) {
        problems.add(new Problem(Severity.ERROR, at, Message.of(key, args)));
    }

    public void warning(SourcePosition at, String key, Object... args) {
        problems.add(new Problem(Severity.WARNING, at, Message.of(key, args)));
    }

    /** A problem found earlier, e.g. read back from a plan's site record. */
    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Errors as printed: the same problem reported twice counts once, as {@link #sorted()} prints it once. */
    public long errorCount() {
        return problems.stream().distinct().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.stream().distinct().filter(p -> !p.isError()).count();
    }

    /** Every problem, sorted by file, line and column; the same problem reported twice appears once. */
    public List<Problem> sorted() {
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
