/** Timed runs of the cohort simulation (docs/simulation.md, "How long it takes"). Null policy: no nulls. */
package kz.saruar.benchmarks.simulation;
