package plandoc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A content folder of {@code count} synthetic plans ({@link SyntheticPlan}: 25 projects, 6 sections and
 * a landscape appendix each), the same for a given count: what the corpus benchmarks build, whole or
 * in shards. From the project folder, after {@code mvn package}:
 * <pre>
 * java -cp 'target/test-classes:target/plandoc.jar:target/lib/*' plandoc.bench.SyntheticCorpus DIR COUNT
 * </pre>
 * writes {@code DIR/ke-hoach-00001/plan.yaml} … (DIR must be empty or absent).
 */
public final class SyntheticCorpus {
    private SyntheticCorpus() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SyntheticCorpus DIR COUNT");
        }
        Path content = Path.of(args[0]);
        if (Files.isDirectory(content)) {
            try (var entries = Files.list(content)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(content + " is not empty");
                }
            }
        }
        write(content, Integer.parseInt(args[1]));
    }

    static void write(Path content, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            new SyntheticPlan(100 + i, 25, 6).writeTo(content.resolve(folder(i)));
        }
    }

    /** The folder of plan {@code i} (1-based). */
    static String folder(int i) {
        return String.format(Locale.ROOT, "ke-hoach-%05d", i);
    }
}
