/**
 * Command-line commands for applications (APP-01..08, DEF-12), maturity diagnostics (MAT-01..07)
 * and documents (PRE-04, EXP-04, DEF-09..11, EXT-03): {@code application check}, {@code diagnose},
 * {@code render}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.cli.application;
