/**
 * The brand-ambassador assessment (EXT-02): each of the methodology's criteria met or not met with
 * an expert's justification; a recommendation to KIOR only when all are met.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scoring.ambassador;
