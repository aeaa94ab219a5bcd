package plandoc.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure computing a version that has no error is plandoc's defect, and reaches the CLI's defect handler (exit 3);
 * it was turned into "not comparable, see the errors above" with no error above (s22 review L3, re-read L5). A version
 * with errors that cannot be computed is still only "not comparable", its errors said.
 */
class SnapshotLoaderTest {
    @TempDir
    Path dir;

    private final SnapshotLoader failing = new SnapshotLoader((plan, problems) -> {
        throw new IllegalStateException("a defect in the budget computation");
    });

    @Test
    void aFailureOnAVersionWithoutErrorsIsADefect() throws Exception {
        Path folder = write(SmallPlan.BASE);
        IllegalStateException defect = assertThrows(IllegalStateException.class, () -> failing.load(folder, dir));
        assertEquals("a defect in the budget computation", defect.getMessage());
    }

    @Test
    void aVersionWithErrorsThatCannotBeComputedIsNotComparable() throws Exception {
        String period = SmallPlan.AMOUNT_CHANGED.lines().filter(l -> l.contains("period: 2012-2013")).findFirst().orElseThrow();
        String indent = period.substring(0, period.indexOf("period"));
        Path folder = write(SmallPlan.AMOUNT_CHANGED.replace(period + "\n", period + "\n" + indent + "declared: { total: 2.00 }\n"));
        SnapshotLoader.Loaded loaded = failing.load(folder, dir);
        assertTrue(loaded.snapshot().isEmpty());
        assertTrue(loaded.problems().hasErrors(), "its errors are said");
    }

    private Path write(String yaml) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(SmallPlan.FILE).getParent());
        Files.writeString(folder.resolve("plan.yaml"), yaml);
        return folder;
    }
}
