/**
 * The hash-chained event journal that the cohort and the community keep on a journal store
 * (LFT-06; docs/events.md): the record's bytes (an envelope as UTF-8 JSON, a line feed, the hex
 * SHA-256 of the previous record's hash followed by those JSON bytes), reading and checking them,
 * the recorded event, and the verification of a whole journal. Each journal keeps only its own
 * event types and names them in its {@link kz.saruar.model.journal.JournalFormat}.
 *
 * <p>Null policy: no parameter or return value of a public API in this package is {@code null};
 * absent values are {@link java.util.Optional}.
 */
package kz.saruar.model.journal;
