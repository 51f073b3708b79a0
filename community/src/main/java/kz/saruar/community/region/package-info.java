/**
 * A region starting an accelerator (REG-01..04): the readiness checklist of REG-03's six factors
 * with evidence and ratings, the gaps against REG-01's tasks and REG-02's roles, and REG-04's
 * reference lists as catalog data in kk/ru/en.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.region;
