package plandoc.compute;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximum flow on a small row × column transportation network with exact BigDecimal capacities
 * (Edmonds–Karp: shortest augmenting paths, so it ends after at most V·E augmentations whatever the
 * numbers). Floats would call 0,1 + 0,2 ≠ 0,3 infeasible; sums of BigDecimals never round.
 */
final class ExactMaxFlow {
    /**
     * The outcome. When infeasible, {@code rows} are the rows on the source side of a minimum cut:
     * together they need {@code needed} but the cells leaving them and the columns they can reach can
     * take at most {@code possible}.
     */
    record Cut(boolean feasible, List<Integer> rows, BigDecimal needed, BigDecimal possible) {
    }

    private ExactMaxFlow() {
    }

    /**
     * Can rows send exactly {@code supply[i]} and columns receive exactly {@code demand[j]} through
     * cells of capacity {@code capacity[i][j]}? A negative supply or demand is infeasible at once.
     */
    static Cut transport(BigDecimal[] supply, BigDecimal[] demand, BigDecimal[][] capacity) {
        int m = supply.length;
        int n = demand.length;
        BigDecimal totalSupply = Arrays.stream(supply).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal totalDemand = Arrays.stream(demand).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < m; i++) {
            if (supply[i].signum() < 0) {
                return new Cut(false, List.of(i), BigDecimal.ZERO, supply[i]);
            }
        }
        if (Arrays.stream(demand).anyMatch(d -> d.signum() < 0) || totalSupply.compareTo(totalDemand) != 0) {
            return new Cut(false, allRows(m), totalSupply, totalDemand);
        }
        int nodes = m + n + 2;
        int source = m + n;
        int sink = m + n + 1;
        BigDecimal[][] residual = new BigDecimal[nodes][nodes];
        for (BigDecimal[] r : residual) {
            Arrays.fill(r, BigDecimal.ZERO);
        }
        for (int i = 0; i < m; i++) {
            residual[source][i] = supply[i];
            for (int j = 0; j < n; j++) {
                residual[i][m + j] = capacity[i][j].max(BigDecimal.ZERO);
            }
        }
        for (int j = 0; j < n; j++) {
            residual[m + j][sink] = demand[j];
        }
        BigDecimal flow = BigDecimal.ZERO;
        while (true) {
            int[] parent = path(residual, source, sink);
            if (parent[sink] < 0) {
                break;
            }
            BigDecimal push = null;
            for (int v = sink; v != source; v = parent[v]) {
                BigDecimal c = residual[parent[v]][v];
                push = push == null || c.compareTo(push) < 0 ? c : push;
            }
            for (int v = sink; v != source; v = parent[v]) {
                residual[parent[v]][v] = residual[parent[v]][v].subtract(push);
                residual[v][parent[v]] = residual[v][parent[v]].add(push);
            }
            flow = flow.add(push);
        }
        if (flow.compareTo(totalSupply) == 0) {
            return new Cut(true, List.of(), totalSupply, flow);
        }
        int[] reach = path(residual, source, -1);
        List<Integer> rows = new ArrayList<>();
        BigDecimal needed = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (int i = 0; i < m; i++) {
            if (reach[i] >= 0) {
                rows.add(i);
                needed = needed.add(supply[i]);
                for (int j = 0; j < n; j++) {
                    // Cells towards columns the cut leaves behind carry their capacity; reachable
                    // columns are full and pass on only their own demand.
                    if (reach[m + j] < 0) {
                        possible = possible.add(capacity[i][j].max(BigDecimal.ZERO));
                    }
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (reach[m + j] >= 0) {
                possible = possible.add(demand[j]);
            }
        }
        return new Cut(false, rows, needed, possible.min(needed));
    }

    private static List<Integer> allRows(int m) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            all.add(i);
        }
        return all;
    }

    /** Breadth-first search over positive residuals; parent[v] ≥ 0 (or the source) marks what was reached. */
    private static int[] path(BigDecimal[][] residual, int source, int sink) {
        int[] parent = new int[residual.length];
        Arrays.fill(parent, -1);
        parent[source] = source;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v = 0; v < residual.length; v++) {
                if (parent[v] < 0 && residual[u][v].signum() > 0) {
                    parent[v] = u;
                    if (v == sink) {
                        return parent;
                    }
                    queue.add(v);
                }
            }
        }
        return parent;
    }
}
