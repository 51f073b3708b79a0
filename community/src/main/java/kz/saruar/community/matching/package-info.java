/**
 * Mentor matching (HUB-01, M II.2.2): explained suggestions for one project, and an optimal batch
 * assignment for a whole cohort under every hard constraint (min-cost flow by successive shortest
 * paths).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.matching;
