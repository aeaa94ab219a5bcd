package plandoc.cli;

import java.util.Locale;
import plandoc.diagnostic.Messages;

/** Elapsed time for humans, with the decimal sign of the language: "1,8 s" in Vietnamese, "1.8 s" in English. */
final class ElapsedTime {
    private ElapsedTime() {
    }

    static String format(long millis, Messages messages) {
        char decimal = messages.locale().getLanguage().equals("vi") ? ',' : '.';
        return String.format(Locale.ROOT, "%d%c%d s", millis / 1000, decimal, (millis % 1000) / 100);
    }
}
