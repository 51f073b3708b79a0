/**
 * Informational statistics of a defense, beyond the seed: juror agreement (Krippendorff's alpha,
 * ordinal), each juror's severity relative to the panel, and each project's sensitivity (the fewest
 * single-point changes that would flip its pass decision). They read the sheets and the protocol
 * and never change an official total (DEF-05..09).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scoring.stats;
