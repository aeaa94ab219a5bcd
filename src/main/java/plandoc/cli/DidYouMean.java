package plandoc.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The line after a usage error that offers what the officer may have meant, "Có phải ý bạn là "content/x"?", or one
 * of several: for a mistyped folder, command, option or sheet alike. In the quotes the other messages use (s35
 * review L7: backticks, which an officer does not read as quotes).
 */
final class DidYouMean {
    /** Names offered at most. */
    static final int SHOWN = 3;

    private DidYouMean() {
    }

    /** The line for {@code names}, each quoted; nothing for none. */
    static void print(Console console, List<String> names) {
        printTyped(console, names.stream().map(DidYouMean::quoted).toList());
    }

    /** As {@link #print}, each of {@code typed} as it is to be typed, quotes and all ({@code --sheet "Phụ lục 04"}). */
    static void printTyped(Console console, List<String> typed) {
        if (typed.size() == 1) {
            console.err().println(console.text("cli.did-you-mean", typed.get(0)));
        } else if (!typed.isEmpty()) {
            console.err().println(console.text("cli.did-you-mean-any",
                    typed.stream().limit(SHOWN).collect(Collectors.joining(", "))));
        }
    }

    /** {@code name} in the quotes the messages put around a name: "content/x". */
    static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
