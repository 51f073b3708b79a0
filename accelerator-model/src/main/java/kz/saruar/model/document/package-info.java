/**
 * Documents of the methodology rendered from templates (APP-03, APP-05, PRE-04, EXP-04, DEF-09,
 * DEF-10, DEF-11, EXT-03) with Mustache, to HTML and Markdown, with user text always escaped; the
 * built-in kk/ru/en templates and the ones regional centers supply through
 * {@link kz.saruar.spi.document.DocumentTemplateProvider}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.document;
