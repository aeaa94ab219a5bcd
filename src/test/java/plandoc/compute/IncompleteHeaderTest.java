package plandoc.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plandoc.diagnostic.Problem;
import plandoc.diagnostic.Problems;
import plandoc.load.PlanLoader;
import plandoc.model.IssuedDocument;
import plandoc.model.Plan;
import plandoc.resolved.ResolvedPlan;
import plandoc.validate.PlanValidator;

/**
 * A document missing header fields reads them as absent (no blank stand-ins), and compute still makes every check of
 * the plan — its budget's declared figures here — but builds no resolved plan from it.
 */
class IncompleteHeaderTest {
    private static final Path PLAN = Path.of("src/test/resources/errors/declared-mismatch/plan.yaml");

    @TempDir
    Path dir;

    @Test
    void missingFieldsAreAbsentAndNothingIsResolvedButEverythingIsChecked() throws Exception {
        String whole = Files.readString(PLAN);
        String without = whole.replace("  number: 4086\n", "").replace("  title: Về việc phê duyệt kế hoạch thử\n", "");
        assertEquals(whole.length() - "  number: 4086\n  title: Về việc phê duyệt kế hoạch thử\n".length(),
                without.length());

        Problems complete = new Problems();
        Plan plan = load(whole, complete);
        assertTrue(plan.document().header().isPresent());
        assertTrue(resolve(plan, complete).isPresent());

        Problems problems = new Problems();
        Plan incomplete = load(without, problems);
        IssuedDocument d = incomplete.document();
        assertEquals(Optional.empty(), d.number());
        assertEquals(Optional.empty(), d.title());
        assertEquals(Optional.of("QĐ-UBND"), d.symbol());
        assertEquals(Optional.of("Hà Tĩnh"), d.place());
        assertEquals(Optional.empty(), d.header());
        assertEquals(Optional.empty(), resolve(incomplete, problems));
        assertEquals(List.of("document.number-missing", "document.title-missing"), keys(problems, "document."));
        assertEquals(keys(complete, "declared."), keys(problems, "declared."));
        assertEquals(5, keys(problems, "declared.").size());
    }

    private Plan load(String yaml, Problems problems) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ke-hoach"));
        Files.writeString(folder.resolve("plan.yaml"), yaml);
        return new PlanLoader(dir).load(folder, problems).orElseThrow();
    }

    private static Optional<ResolvedPlan> resolve(Plan plan, Problems problems) {
        return new PlanResolver().resolve(plan, new PlanValidator().validate(plan, problems), problems);
    }

    private static List<String> keys(Problems problems, String prefix) {
        return problems.sorted().stream().filter(Problem::isError).map(p -> p.message().key())
                .filter(k -> k.startsWith(prefix)).sorted().toList();
    }
}
