/** Fresh-JVM start-up of the library (issue 13, cold start). Null policy: no nulls. */
package kz.saruar.benchmarks.startup;
