package plandoc.diff;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Order comparisons between two lists of ids. */
final class Sequences {
    private Sequences() {
    }

    /**
     * The ids of {@code before} and {@code after} whose relative order changed: the common ids outside
     * a longest common subsequence. Moving one section up reports that section, not all it passed.
     */
    static Set<String> reordered(List<String> before, List<String> after) {
        Set<String> inAfter = new HashSet<>(after);
        Set<String> inBefore = new HashSet<>(before);
        List<String> a = before.stream().filter(inAfter::contains).toList();
        List<String> b = after.stream().filter(inBefore::contains).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Set<String> moved = new HashSet<>(a);
        moved.removeAll(kept);
        return moved;
    }
}
