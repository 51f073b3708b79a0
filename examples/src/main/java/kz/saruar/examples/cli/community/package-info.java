/**
 * The community commands of the {@code saruar} command line: {@code mentors suggest},
 * {@code mentors assign} (HUB-01), {@code impact report} (HUB-03), {@code region readiness} (REG-03).
 *
 * <p>Null policy: no parameter or return value in this package is {@code null}.
 */
package kz.saruar.examples.cli.community;
