/**
 * Jury scoring (the DEF rules of docs/rules.md): score sheets, totals, bands, pass decisions, protocols, certificates, brand-ambassador assessments.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scoring;
