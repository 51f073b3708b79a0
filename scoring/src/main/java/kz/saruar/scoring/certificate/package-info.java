/**
 * Certificates: of participation in pre-acceleration for every defense participant (DEF-10) and of
 * acceleration (ACC-03).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scoring.certificate;
