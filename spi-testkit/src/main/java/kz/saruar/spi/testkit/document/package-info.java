/**
 * The contract test for document template providers: a regional center's test implements
 * {@link kz.saruar.spi.testkit.document.DocumentTemplateProviderContract} to prove its templates
 * load (PRE-04, EXP-04, DEF-09..11, EXT-03 documents).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.spi.testkit.document;
