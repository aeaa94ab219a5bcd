package plandoc.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects problems so that one run reports all of them. Not thread-safe: each plan gets its own.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();
    /** The errors {@link #siteWideError} reported: by identity, as the same error may also be reported otherwise. */
    private final Set<Problem> siteWide = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int errorsReported;

    public void error(SourcePosition at, String key, Object... args) {
        problems.add(new Problem(Severity.ERROR, at, Message.of(key, args)));
        errorsReported++;
    }

    /**
     * An error in what only the site as a whole prints (the site's address, for the sitemap and the feed): printed and
     * counted as any error, so check and build fail, but the plan's documents are still made ({@link
     * #blocksDocuments}): holding them back would not keep a wrong address off the site (s22 tryout L3).
     */
    public void siteWideError(SourcePosition at, String key, Object... args) {
        Problem problem = new Problem(Severity.ERROR, at, Message.of(key, args));
        problems.add(problem);
        siteWide.add(problem);
        errorsReported++;
    }

    /**
     * An error in an issued document, a warning in a draft, which is still being written: what the reader of a
     * published document would be misled by (a figure that contradicts the tables, an appendix the text never names)
     * must not be published, while a draft may hold it for a while (s29 tryout F1, F7).
     */
    public void errorUnlessDraft(boolean draft, SourcePosition at, String key, Object... args) {
        if (draft) {
            warning(at, key, args);
        } else {
            error(at, key, args);
        }
    }

    public void warning(SourcePosition at, String key, Object... args) {
        problems.add(new Problem(Severity.WARNING, at, Message.of(key, args)));
    }

    /** A problem found earlier, e.g. read back from a plan's site record. */
    public void add(Problem problem) {
        problems.add(problem);
        errorsReported += problem.isError() ? 1 : 0;
    }

    public void addAll(Problems other) {
        problems.addAll(other.problems);
        siteWide.addAll(other.siteWide);
        errorsReported += other.errorsReported;
    }

    /**
     * Errors reported so far, repeats included: compared before and after reading an element, it tells whether
     * that element had an error of its own (cheaper than {@link #errorCount()}, which drops repeats).
     */
    public int errorsReported() {
        return errorsReported;
    }

    /** Where errors were reported: what was read there is known to be wrong. */
    public Set<SourcePosition> errorPositions() {
        Set<SourcePosition> at = new HashSet<>();
        problems.stream().filter(Problem::isError).forEach(p -> at.add(p.at()));
        return at;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** Whether an error keeps the plan's documents from being made: any but a {@link #siteWideError}. */
    public boolean blocksDocuments() {
        return problems.stream().anyMatch(p -> p.isError() && !siteWide.contains(p));
    }

    /** Errors as printed: the same problem reported twice counts once, as {@link #sorted()} prints it once. */
    public long errorCount() {
        return problems.stream().distinct().filter(Problem::isError).count();
    }

    public long warningCount() {
        // The reader asks this of a fresh Problems after every text of a plan, nearly always empty: no stream then.
        if (problems.isEmpty()) {
            return 0;
        }
        return problems.stream().distinct().filter(p -> !p.isError()).count();
    }

    /** Every problem, sorted by file, line and column; the same problem reported twice appears once. */
    public List<Problem> sorted() {
        return problems.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
