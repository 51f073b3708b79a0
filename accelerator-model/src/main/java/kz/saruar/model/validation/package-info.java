/**
 * Checking a methodology file's structure and values (FMT-01..03): problems with their JSON path,
 * rule ID and kk/ru/en message, and the JSON Schema generated from the records.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.validation;
