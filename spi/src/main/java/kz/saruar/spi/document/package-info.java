/**
 * The document-template extension point: a regional center supplies its own forms, certificates
 * and protocols (PRE-04, PRE-08, EXP-04, DEF-09/10/11, EXT-03) in its languages. Depends on the
 * JDK alone.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.document;
