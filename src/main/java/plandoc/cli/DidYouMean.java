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

    /**
     * {@code names} nearest to {@code typed} first, by edit distance, picocli's order between equals: picocli gives
     * the options that begin like the typed one in the order they are declared, so "--reisue" offered "--replace-signed"
     * (which archives a signed decision) before "--reissue" (s36 review L1).
     */
    static List<String> nearestFirst(String typed, List<String> names) {
        String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
        org.apache.commons.text.similarity.LevenshteinDistance distance =
                org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();
        return names.stream().sorted(java.util.Comparator.comparingInt(n -> distance.apply(name, n))).toList();
    }

    /** {@code name} in the quotes the messages put around a name: "content/x". */
    static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
