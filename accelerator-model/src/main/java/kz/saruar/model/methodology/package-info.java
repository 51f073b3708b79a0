/**
 * The methodology as data: the standard one (the 2020 KIOR numbers) and another accelerator's file,
 * read, merged, validated (FMT-01..03, DEF-03, DEF-08) and resolved into {@link
 * kz.saruar.model.methodology.Methodology}; direction plugins (CAT-02) come from {@link
 * kz.saruar.spi.plugin.Plugins}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.methodology;
