package kz.saruar.community.matching;

import java.util.Arrays;
import java.util.Objects;

/**
 * A batch mentor assignment as numbers (HUB-01): {@code n} projects each taking at most
 * {@code projectCap[p]} mentors, {@code m} experts each taking at most {@code expertCap[e]}
 * projects, and the allowed pairs with their fit ({@code weight[p][e] >= 0}; {@code -1} = not
 * allowed: conflict, no capacity, declined, …). Arrays are copied.
 */
public final class AssignmentProblem {
    /** Marks a pair that is not allowed. */
    public static final int FORBIDDEN = -1;

    private final int[] projectCap;
    private final int[] expertCap;
    private final int[][] weight;

    /**
     * A problem.
     *
     * @param projectCap the most mentors per project, each {@code >= 0}
     * @param expertCap  the most projects per expert, each {@code >= 0}
     * @param weight     {@code weight[p][e]}: the fit, {@code >= 0}, or {@link #FORBIDDEN}
     */
    public AssignmentProblem(int[] projectCap, int[] expertCap, int[][] weight) {
        this.projectCap = Objects.requireNonNull(projectCap, "projectCap").clone();
        this.expertCap = Objects.requireNonNull(expertCap, "expertCap").clone();
        Objects.requireNonNull(weight, "weight");
        if (weight.length != projectCap.length) {
            throw new IllegalArgumentException("weight has " + weight.length + " rows for " + projectCap.length + " projects");
        }
        this.weight = new int[weight.length][];
        for (int p = 0; p < weight.length; p++) {
            if (weight[p].length != expertCap.length) {
                throw new IllegalArgumentException("weight row " + p + " has " + weight[p].length + " columns for "
                        + expertCap.length + " experts");
            }
            for (int w : weight[p]) {
                if (w < FORBIDDEN || w > 1_000_000) {
                    throw new IllegalArgumentException("weight out of range: " + w);
                }
            }
            this.weight[p] = weight[p].clone();
        }
        for (int c : projectCap) {
            if (c < 0) {
                throw new IllegalArgumentException("negative project capacity: " + c);
            }
        }
        for (int c : expertCap) {
            if (c < 0) {
                throw new IllegalArgumentException("negative expert capacity: " + c);
            }
        }
    }

    /** The number of projects. */
    public int projects() {
        return projectCap.length;
    }

    /** The number of experts. */
    public int experts() {
        return expertCap.length;
    }

    /** The most mentors project {@code p} may have. */
    public int projectCap(int p) {
        return projectCap[p];
    }

    /** The most projects expert {@code e} may take. */
    public int expertCap(int e) {
        return expertCap[e];
    }

    /** The fit of the pair, or {@link #FORBIDDEN}. */
    public int weight(int p, int e) {
        return weight[p][e];
    }

    /** Whether the pair is allowed. */
    public boolean allowed(int p, int e) {
        return weight[p][e] != FORBIDDEN;
    }

    @Override
    public String toString() {
        return "AssignmentProblem[" + projects() + " projects, " + experts() + " experts, caps "
                + Arrays.toString(projectCap) + "/" + Arrays.toString(expertCap) + "]";
    }
}
