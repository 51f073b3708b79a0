/**
 * An example plugin of a regional center: its own pre-acceleration certificate (DEF-10) that
 * overrides the built-in template through {@link kz.saruar.spi.document.DocumentTemplateProvider}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.examples.plugin.regional;
