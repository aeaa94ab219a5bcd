package plandoc.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes for authors inside a text, written as HTML comments ({@code <!-- … -->}): never printed.
 * {@code <!-- plandoc giữ nguyên -->} on a line exempts that line from the checks of typed figures,
 * references and words (issue 14); {@code <!-- plandoc từ wifi, Zalo -->} anywhere in a plan accepts
 * words for the whole plan. (No ": " in them, so they fit in a plain YAML scalar.)
 */
public final class AuthorNotes {
    private static final Pattern NOTE = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    // The colon after "plandoc" and "từ" is optional: ": " would end a plain YAML scalar.
    private static final Pattern KEEP = Pattern.compile("<!--\\s*plandoc:?\\s*(giữ nguyên|keep)\\s*-->");
    private static final Pattern WORDS = Pattern.compile("<!--\\s*plandoc:?\\s*(?:từ|words):?\\s(.*?)-->", Pattern.DOTALL);

    private AuthorNotes() {
    }

    /** The text without its notes (and without a space left before a removed note). */
    public static String strip(String text) {
        if (text.indexOf("<!--") < 0) {
            return text;
        }
        // A line holding only a note goes with its line break; a note after text goes with its spaces.
        return text.replaceAll("(?m)^[ \\t]*<!--.*?-->[ \\t]*(\\n|$)", "").replaceAll("[ \\t]*<!--.*?-->", "");
    }

    /** Whether the line of {@code text} that holds {@code offset} carries the opt-out note. */
    public static boolean keptAsTyped(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = text.indexOf('\n', offset);
        return KEEP.matcher(text.substring(start, end < 0 ? text.length() : end)).find();
    }

    /** Offsets of {@code text} inside a note, to be skipped by checks that read words. */
    public static boolean insideNote(String text, int offset) {
        Matcher m = NOTE.matcher(text);
        while (m.find()) {
            if (offset >= m.start() && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The words a text accepts for its plan. */
    public static List<String> acceptedWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(text);
        while (m.find()) {
            Arrays.stream(m.group(1).split("[,;\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).forEach(out::add);
        }
        return out;
    }
}
