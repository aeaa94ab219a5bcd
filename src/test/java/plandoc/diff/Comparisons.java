package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import plandoc.compute.Figure;
import plandoc.compute.VietnameseNumbers;
import plandoc.history.GitRepository;

/** Compares versions of the small plan in a test repository, and prints figures for assertions. */
final class Comparisons {
    static final String PLAN = "content/" + SmallPlan.SLUG;

    private Comparisons() {
    }

    static PlanComparison between(TestRepository repo, String from, String to) {
        try (GitRepository git = GitRepository.containing(repo.root()).orElseThrow()) {
            PlanVersions versions = new PlanVersions(git);
            Version before = versions.committed(from, git.resolve(from).orElseThrow(), PLAN);
            Version after = to == null ? versions.workingTree(repo.plan(SmallPlan.SLUG))
                    : versions.committed(to, git.resolve(to).orElseThrow(), PLAN);
            assertTrue(before.comparable(), before.problems().toString());
            assertTrue(after.comparable(), after.problems().toString());
            return new PlanComparator().compare(PLAN, before.revision(), before.snapshot().get(), after.revision(),
                    after.snapshot().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "column: before → after (difference)", figures as the budget prints them. */
    static String line(String column, Figure before, Figure after, Optional<BigDecimal> difference) {
        return column + ": " + printed(before) + " → " + printed(after) + " ("
                + difference.map(d -> VietnameseNumbers.signed(d, 2)).orElse("?") + ")";
    }

    static List<String> cells(ItemChange item) {
        return item.cells().stream().map(c -> line(c.column(), c.before(), c.after(), c.difference())).toList();
    }

    static List<String> totals(List<TotalChange> totals) {
        return totals.stream().map(t -> line(t.whole() ? "Cộng" : t.column(), t.before(), t.after(), t.difference()))
                .toList();
    }

    static String printed(Figure f) {
        return switch (f.state()) {
            case BLANK -> "trống";
            case UNDETERMINED -> "…";
            case VALUE -> VietnameseNumbers.format(f.value(), 2);
        };
    }
}
