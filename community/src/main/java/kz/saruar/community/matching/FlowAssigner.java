package kz.saruar.community.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import kz.saruar.community.registry.MatchingObjective;

/**
 * The optimal batch assignment of mentors (HUB-01): a min-cost flow by successive shortest paths
 * (Dijkstra on reduced costs with node potentials, as in HotCRP's autoassigner), augmenting
 * every shortest path of a phase at once (a blocking flow on the zero-reduced-cost edges, the
 * primal-dual method). Network: source → project (capacity = mentors per project) →
 * expert (capacity 1, cost = −fit) → sink (capacity = free places).
 *
 * <p>Why it is optimal: successive shortest paths keep the flow of every value a minimum-cost flow
 * of that value, and the minimum cost as a function of the flow value is convex; so stopping at the
 * first augmenting path whose cost is not negative gives the maximum total fit
 * ({@link MatchingObjective#TOTAL_FIT}). For {@link MatchingObjective#MOST_PAIRS_THEN_FIT} every pair
 * also carries a bonus larger than any total fit, so that one more pair always outweighs fit, and
 * the flow runs to its maximum. Every path crosses a project→expert edge of capacity 1, so each
 * augmentation adds one pair; there are at most min(Σ project caps, Σ expert caps) of them.
 */
public final class FlowAssigner {
    private FlowAssigner() {
    }

    /**
     * The pairs of an optimal assignment as {@code {project, expert}}, sorted; no capacity is exceeded and
     * no forbidden pair is used.
     */
    public static List<int[]> solve(AssignmentProblem problem, MatchingObjective objective) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(objective, "objective");
        return new Network(problem, objective).run();
    }

    /** The objective's value of a set of pairs: {@code {pairs, total fit}}. */
    public static long[] value(AssignmentProblem problem, List<int[]> pairs) {
        long fit = 0;
        for (int[] pe : pairs) {
            fit += problem.weight(pe[0], pe[1]);
        }
        return new long[] {pairs.size(), fit};
    }

    /** One run's residual network, in flat arrays. */
    private static final class Network {
        private final AssignmentProblem problem;
        private final boolean mostPairs;
        private final int n;
        private final int m;
        private final int source;
        private final int sink;
        private final int nodes;
        private int[] from;
        private int[] to;
        private int[] cap;
        private long[] cost;
        private int edges;
        private int[] start;
        private int[] rev;

        Network(AssignmentProblem problem, MatchingObjective objective) {
            this.problem = problem;
            this.mostPairs = objective == MatchingObjective.MOST_PAIRS_THEN_FIT;
            this.n = problem.projects();
            this.m = problem.experts();
            this.source = 0;
            this.sink = n + m + 1;
            this.nodes = n + m + 2;
            int allowed = 0;
            int maxWeight = 0;
            for (int p = 0; p < n; p++) {
                for (int e = 0; e < m; e++) {
                    if (problem.allowed(p, e)) {
                        allowed++;
                        maxWeight = Math.max(maxWeight, problem.weight(p, e));
                    }
                }
            }
            int capacity = 2 * (n + m + allowed);
            from = new int[capacity];
            to = new int[capacity];
            this.cap = new int[capacity];
            cost = new long[capacity];
            long sumProject = 0;
            long sumExpert = 0;
            for (int p = 0; p < n; p++) {
                sumProject += problem.projectCap(p);
            }
            for (int e = 0; e < m; e++) {
                sumExpert += problem.expertCap(e);
            }
            long maxPairs = Math.max(1, Math.min(sumProject, sumExpert));
            // a bonus above any total fit: one more pair always wins (MOST_PAIRS_THEN_FIT)
            long bonus = mostPairs ? Math.addExact(Math.multiplyExact(maxWeight, maxPairs), 1) : 0;
            for (int p = 0; p < n; p++) {
                add(source, 1 + p, problem.projectCap(p), 0);
            }
            for (int p = 0; p < n; p++) {
                for (int e = 0; e < m; e++) {
                    if (problem.allowed(p, e)) {
                        add(1 + p, 1 + n + e, 1, -(problem.weight(p, e) + bonus));
                    }
                }
            }
            for (int e = 0; e < m; e++) {
                add(1 + n + e, sink, problem.expertCap(e), 0);
            }
            compact();
        }

        /** Lays the arcs out node by node (CSR), so that a node's arcs are contiguous in memory. */
        private void compact() {
            start = new int[nodes + 1];
            for (int i = 0; i < edges; i++) {
                start[from[i] + 1]++;
            }
            for (int u = 0; u < nodes; u++) {
                start[u + 1] += start[u];
            }
            int[] fill = Arrays.copyOf(start, nodes);
            int[] position = new int[edges];
            for (int i = 0; i < edges; i++) {
                position[i] = fill[from[i]]++;
            }
            int[] newTo = new int[edges];
            int[] newCap = new int[edges];
            long[] newCost = new long[edges];
            rev = new int[edges];
            for (int i = 0; i < edges; i++) {
                int k = position[i];
                newTo[k] = to[i];
                newCap[k] = cap[i];
                newCost[k] = cost[i];
                rev[k] = position[i ^ 1];
            }
            to = newTo;
            cap = newCap;
            cost = newCost;
            from = null;
        }

        private void add(int fromNode, int toNode, int capacity, long c) {
            to[edges] = toNode;
            this.cap[edges] = capacity;
            cost[edges] = c;
            this.from[edges++] = fromNode;
            to[edges] = fromNode;
            this.cap[edges] = 0;
            cost[edges] = -c;
            this.from[edges++] = toNode;
        }

        List<int[]> run() {
            long[] h = initialPotentials();
            long inf = Long.MAX_VALUE / 4;
            long[] dist = new long[nodes];
            boolean[] done = new boolean[nodes];
            int[] level = new int[nodes];
            int[] queue = new int[nodes];
            int[] arc = new int[nodes];
            while (true) {
                // a phase: shortest distances on reduced costs (dense Dijkstra: few nodes, many edges) …
                Arrays.fill(dist, inf);
                Arrays.fill(done, false);
                dist[source] = 0;
                for (int round = 0; round < nodes; round++) {
                    int u = -1;
                    long best = inf;
                    for (int v = 0; v < nodes; v++) {
                        if (!done[v] && dist[v] < best) {
                            best = dist[v];
                            u = v;
                        }
                    }
                    if (u < 0) {
                        break;
                    }
                    done[u] = true;
                    for (int i = start[u]; i < start[u + 1]; i++) {
                        if (cap[i] > 0) {
                            int v = to[i];
                            long nd = best + cost[i] + h[u] - h[v];
                            if (nd < dist[v]) {
                                dist[v] = nd;
                            }
                        }
                    }
                }
                if (dist[sink] >= inf) {
                    break;
                }
                long pathCost = dist[sink] - h[source] + h[sink];
                if (!mostPairs && pathCost >= 0) {
                    break;
                }
                long d = dist[sink];
                for (int v = 0; v < nodes; v++) {
                    h[v] += Math.min(dist[v], d);
                }
                // … then every shortest augmenting path at once: a blocking flow on the zero-reduced-cost
                // edges (fixed for the phase, so gathered once; augmenting keeps them at zero)
                zeroEdges(h);
                while (levels(level, queue)) {
                    for (int v = 0; v < nodes; v++) {
                        arc[v] = zStart[v];
                    }
                    while (augment(source, level, arc)) {
                        // one pair added per path
                    }
                }
            }
            List<int[]> pairs = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                for (int i = start[1 + p]; i < start[2 + p]; i++) {
                    int v = to[i];
                    if (v > n && v <= n + m && cap[i] == 0) {
                        pairs.add(new int[] {p, v - 1 - n});
                    }
                }
            }
            pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
            return pairs;
        }

        /** Exact shortest distances of the initial network, a DAG: source, projects, experts, sink. */
        private long[] initialPotentials() {
            long[] h = new long[nodes];
            for (int p = 0; p < n; p++) {
                for (int i = start[1 + p]; i < start[2 + p]; i++) {
                    if (to[i] > n && cost[i] < h[to[i]]) {
                        h[to[i]] = cost[i];
                    }
                }
            }
            for (int e = 0; e < m; e++) {
                h[sink] = Math.min(h[sink], h[1 + n + e]);
            }
            return h;
        }

        private int[] zStart;
        private int[] zEdge;

        /** Gathers, per node, the residual-network edges whose reduced cost is zero in this phase. */
        private void zeroEdges(long[] h) {
            if (zStart == null) {
                zStart = new int[nodes + 1];
                zEdge = new int[edges];
            }
            Arrays.fill(zStart, 0);
            for (int u = 0; u < nodes; u++) {
                for (int i = start[u]; i < start[u + 1]; i++) {
                    if (cost[i] + h[u] - h[to[i]] == 0) {
                        zStart[u + 1]++;
                    }
                }
            }
            for (int u = 0; u < nodes; u++) {
                zStart[u + 1] += zStart[u];
            }
            int[] fill = Arrays.copyOf(zStart, nodes);
            for (int u = 0; u < nodes; u++) {
                for (int i = start[u]; i < start[u + 1]; i++) {
                    if (cost[i] + h[u] - h[to[i]] == 0) {
                        zEdge[fill[u]++] = i;
                    }
                }
            }
        }

        private boolean levels(int[] level, int[] queue) {
            Arrays.fill(level, -1);
            level[source] = 0;
            int qh = 0;
            int qt = 0;
            queue[qt++] = source;
            while (qh < qt) {
                int u = queue[qh++];
                for (int k = zStart[u]; k < zStart[u + 1]; k++) {
                    int i = zEdge[k];
                    if (cap[i] > 0 && level[to[i]] < 0) {
                        level[to[i]] = level[u] + 1;
                        queue[qt++] = to[i];
                    }
                }
            }
            return level[sink] >= 0;
        }

        private boolean augment(int u, int[] level, int[] arc) {
            if (u == sink) {
                return true;
            }
            for (; arc[u] < zStart[u + 1]; arc[u]++) {
                int i = zEdge[arc[u]];
                int v = to[i];
                if (cap[i] > 0 && level[v] == level[u] + 1 && augment(v, level, arc)) {
                    cap[i] -= 1;
                    cap[rev[i]] += 1;
                    return true;
                }
            }
            return false;
        }
    }
}
