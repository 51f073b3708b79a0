/**
 * A simulated cohort (docs/simulation.md): synthetic applicants with documented, seeded
 * latent qualities driven through the library's real rules, from the application (APP) to the
 * brand ambassadors (EXT) and the LIFTCOIN market (LFT). Null policy: no parameter or return
 * value is null; absent values are {@link java.util.Optional}.
 */
package kz.saruar.simulation;
