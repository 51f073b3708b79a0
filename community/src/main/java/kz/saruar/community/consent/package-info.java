/**
 * Pairs by mutual consent (M II.2.2, HUB-01, HUB-02): a proposal, both sides' answers, a kept
 * reason for a decline, and the events (JSON with type and schema version) that replay to the
 * same state.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.community.consent;
