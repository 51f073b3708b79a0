/**
 * One way to say yes or no across the library (ARCHITECTURE.md "decisions as values"): an
 * {@link kz.saruar.model.decision.Outcome} is accepted with a value or refused with
 * {@link kz.saruar.model.decision.Reason}s, each naming its rule, code, subject, figures and a
 * kk/ru/en message. Every module's refusal codes implement {@link kz.saruar.model.decision.ReasonCode};
 * {@link kz.saruar.model.decision.DecisionJson} gives every outcome the same JSON shape.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.decision;
