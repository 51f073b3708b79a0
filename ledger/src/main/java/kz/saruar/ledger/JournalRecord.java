package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One record of the hash-chained LIFTCOIN journal (LFT-06): an accepted command, the postings it
 * made, when, at which sequence, and its hash SHA-256(previous hash ‖ canonical record).
 *
 * @param sequence the record's position in the journal, 0 for the genesis record
 * @param at       when the ledger accepted the command
 * @param command  the accepted command
 * @param entries  the double-entry postings it made, possibly none (e.g. listing an offer)
 * @param hash     SHA-256 of the previous record's hash followed by this record's canonical bytes
 */
public record JournalRecord(long sequence, Instant at, LedgerCommand command, List<Entry> entries, ChainHash hash) {
    /** Refuses nulls and copies the entries. */
    public JournalRecord {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence is negative: " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(command, "command");
        entries = ImmutableList.copyOf(Objects.requireNonNull(entries, "entries"));
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * Reads a record from its canonical bytes, as a store holds them. Does not check the chain;
     * use {@link JournalVerifier} for that.
     *
     * @throws kz.saruar.model.SaruarException if the bytes are not a journal record
     */
    public static JournalRecord parse(byte[] bytes) {
        return JournalCodec.decode(Objects.requireNonNull(bytes, "bytes"));
    }
}
