/**
 * The catalog's entries as immutable values (CAT-01..08 of docs/rules.md, the expert competencies
 * EXP-01, the curricula PRE-02 and ACC-02, the maturity levels MAT-01): directions, criteria, bands,
 * stages, questionnaires and the rule texts of the rule book.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.catalog;
