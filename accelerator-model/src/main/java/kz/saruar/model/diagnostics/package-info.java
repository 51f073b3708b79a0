/**
 * Maturity diagnostics (MAT-01..07, CAT-04): the questionnaires' answers turned into a report —
 * lifecycle stage with its factors and risk, support phase and measures, Table 1's stage by the
 * replaceable mapping, typical problems, team maturity and a draft individual trajectory (PRE-04).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.diagnostics;
