/**
 * A rule-consistency kit for adopters of the methodology: jqwik generators of Saruar's domain
 * types that know a methodology ({@link kz.saruar.jqwik.SaruarArbitraries}), properties that
 * state what the rules promise together ({@link kz.saruar.jqwik.ConsistencyProperties}), a
 * contract a user's test implements with its own methodology
 * ({@link kz.saruar.jqwik.MethodologyConsistencyContract}), and a runner for the command line
 * ({@link kz.saruar.jqwik.ConsistencyCheck}).
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.jqwik;
