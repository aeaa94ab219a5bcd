package plandoc.cli;

/**
 * Two first uses of the JDK that a cold build's main thread paid on its critical path (issue 17, docs/benchmarks.md
 * "s21-perf"), made as the command starts on a thread of their own, while the main thread builds the command line
 * and the second core has room. The main thread finds them done, or waits for the rest: a class is initialised once.
 * <ul>
 * <li>The time-zone rules' provider (the check's date zone, {@code validate.CheckDate}): its {@code ServiceLoader}
 * is the run's first look-up through the whole class path, which opens every jar of it (~15 ms).</li>
 * <li>{@code BigDecimal}'s initialisation: since JDK 24 it squares its way to 5^65536 for {@code stripTrailingZeros}
 * (JDK-8341470), ~12 ms of C1 code (JDK 17: none).</li>
 * </ul>
 * Nothing here is output: the same classes, initialised the same way, only earlier and elsewhere.
 */
final class JdkWarmUp {
    private JdkWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(JdkWarmUp::run, "plandoc-jdk-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            java.time.zone.ZoneRulesProvider.getAvailableZoneIds();
            java.math.BigDecimal.ONE.signum();
        } catch (RuntimeException | Error e) {
            // Met again, and reported, where the command needs the class.
        }
    }
}
