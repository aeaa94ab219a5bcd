package plandoc.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another program's {@code main} in this JVM and, as the JVM exits (also through
 * {@code System.exit}), writes the peak heap it used to the file named by {@code -Dplandoc.bench.peak}.
 * Usage: {@code PeakHeap <main class> [args…]}.
 */
public final class PeakHeap {
    private PeakHeap() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(System.getProperty("plandoc.bench.peak"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Sum of each heap pool's peak: an upper bound of the heap in use at any one time.
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            try {
                Files.writeString(report, Long.toString(peak));
            } catch (IOException e) {
                // the benchmark reports the missing figure
            }
        }));
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
