package plandoc.cli;

/** Elapsed time for humans: "1,8 s". */
final class VietnameseSeconds {
    private VietnameseSeconds() {
    }

    static String format(long millis) {
        return String.format(java.util.Locale.ROOT, "%d,%d s", millis / 1000, (millis % 1000) / 100);
    }
}
