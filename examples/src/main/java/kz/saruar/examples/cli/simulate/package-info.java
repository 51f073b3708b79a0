/**
 * {@code saruar simulate}: a simulated cohort (docs/simulation.md) printed as a funnel and
 * written as a self-contained HTML report. Null policy: no parameter or return value is null.
 */
package kz.saruar.examples.cli.simulate;
