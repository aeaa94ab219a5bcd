package plandoc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two plans of src/test/resources/cited, which cite each other: the KH 86/KH-UBND and the QĐ 1520/QĐ-UBND that
 * carries it out. The tests of citations between a site's documents build content folders from them.
 */
public final class CitingPlans {
    public static final Path FOLDER = Path.of("src/test/resources/cited");
    public static final String DECISION = "qd-trien-khai";
    public static final String PLAN = "kh-chuyen-doi-so";

    private CitingPlans() {
    }

    /** {@code plan} (its plan.yaml alone) in a folder of its own in {@code content}. */
    public static void copy(String plan, Path content) throws IOException {
        Path folder = Files.createDirectories(content.resolve(plan));
        Files.copy(FOLDER.resolve(plan).resolve("plan.yaml"), folder.resolve("plan.yaml"));
    }
}
