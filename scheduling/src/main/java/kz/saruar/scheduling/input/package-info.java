/**
 * The scheduling inputs as records and their strict readers (built on
 * {@link kz.saruar.model.json.JsonReader}): a cohort's calendar file (PRE-01, ACC-01) and a
 * cohort's consultation requests (PRE-05, PRE-06). Every refusal is a
 * {@link kz.saruar.model.decision.Reason} with its JSON path.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.scheduling.input;
