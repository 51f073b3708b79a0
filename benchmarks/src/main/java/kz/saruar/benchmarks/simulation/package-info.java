/** Timed runs of the cohort simulation (section 11 scale goals). Null policy: no nulls. */
package kz.saruar.benchmarks.simulation;
