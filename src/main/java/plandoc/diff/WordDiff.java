package plandoc.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A text before and after as runs of words kept, removed and added, for showing a rewording.
 * Whitespace is not compared: a re-wrapped paragraph is not a change.
 */
public record WordDiff(List<Run> runs) {
    public static final WordDiff NONE = new WordDiff(List.of());

    public enum Op { SAME, REMOVED, ADDED }

    /** Consecutive words with the same fate, joined by single spaces. */
    public record Run(Op op, String text) {
    }

    public WordDiff {
        runs = List.copyOf(runs);
    }

    public boolean changed() {
        return runs.stream().anyMatch(r -> r.op() != Op.SAME);
    }

    /**
     * The changed runs with at most {@code context} words of unchanged text around each, so a one-word
     * change in a long paragraph reads as "… Hà Tĩnh nằm trong nhóm [-10-]{+5+} tỉnh dẫn đầu …".
     */
    public List<Run> excerpt(int context) {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (run.op() != Op.SAME) {
                out.add(run);
                continue;
            }
            String[] words = run.text().split(" ");
            boolean first = i == 0;
            boolean last = i == runs.size() - 1;
            int keepBefore = last ? 0 : context; // words that lead into the next change
            int keepAfter = first ? 0 : context; // words that follow the previous change
            if (words.length <= keepBefore + keepAfter) {
                out.add(run);
                continue;
            }
            List<String> kept = new ArrayList<>();
            if (keepAfter > 0) {
                kept.add(String.join(" ", List.of(words).subList(0, keepAfter)));
            }
            kept.add("…");
            if (keepBefore > 0) {
                kept.add(String.join(" ", List.of(words).subList(words.length - keepBefore, words.length)));
            }
            out.add(new Run(Op.SAME, String.join(" ", kept)));
        }
        return out;
    }
}
