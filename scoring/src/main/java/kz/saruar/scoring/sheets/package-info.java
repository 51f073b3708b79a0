/**
 * Reading a defense's score sheets file (DEF-03, DEF-04, DEF-09) with the library's one strict
 * JSON reader: the panel, the projects and the sheets, every refusal with its JSON path, rule and
 * kk/ru/en message.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scoring.sheets;
