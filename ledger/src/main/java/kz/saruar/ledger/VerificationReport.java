package kz.saruar.ledger;

import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;

/**
 * The outcome of walking a hash-chained LIFTCOIN journal (LFT-06): how many records and bytes were
 * checked, the head hash (to compare with a published one), and the first bad record if any.
 *
 * @param records  the number of good records before the first problem (all of them when none)
 * @param bytes    the bytes of those records
 * @param headHash the hash of the last good record; empty for an empty journal
 * @param problem  the first bad record, if any
 * @param ignoredTailBytes the bytes of an incomplete write at the end of a file journal (a torn
 *                 tail: a crash before its fsync returned, so never acknowledged) that are not
 *                 records and were left out; 0 when the journal ends cleanly
 */
public record VerificationReport(long records, long bytes, Optional<ChainHash> headHash, Optional<Problem> problem,
        long ignoredTailBytes) {
    /** Refuses nulls and a negative tail. */
    public VerificationReport {
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(problem, "problem");
        if (ignoredTailBytes < 0) {
            throw new IllegalArgumentException("ignoredTailBytes is negative: " + ignoredTailBytes);
        }
    }

    /** Whether an incomplete write at the end was ignored. */
    public boolean tornTail() {
        return ignoredTailBytes > 0;
    }

    /** Whether every record checked out. */
    public boolean ok() {
        return problem.isEmpty();
    }

    /** What is wrong with a record of the journal (LFT-06). */
    public enum Kind {
        /** The record's bytes do not match its CRC: a changed byte or a torn write. */
        CRC_MISMATCH,
        /** The record's hash is not SHA-256(previous hash ‖ record): changed content with a recomputed CRC, or a wrong hash. */
        HASH_MISMATCH,
        /** The record's sequence is ahead of its position: records are missing before it. */
        MISSING_RECORD,
        /** The record's sequence is behind its position: records are reordered or repeated. */
        REORDERED_RECORD,
        /** The first record is not a genesis record, or a later one claims to be. */
        BAD_GENESIS,
        /** The record could not be read at all. */
        UNREADABLE
    }

    /**
     * The first bad record.
     *
     * @param position where it is in the journal
     * @param kind     what is wrong
     * @param detail   a sentence for people, in English
     * @param text     the same sentence in kk/ru/en (a storage failure's own words stay as they came)
     */
    public record Problem(long position, Kind kind, String detail, LocalizedText text) {
        /** Refuses nulls. */
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(text, "text");
        }

        /** A problem described in one sentence that has no translation (e.g. a storage failure's message). */
        public Problem(long position, Kind kind, String detail) {
            this(position, kind, detail, LocalizedText.ofSingle(Language.EN, detail));
        }

        /** A problem described in kk/ru/en; {@link #detail()} is its English. */
        public static Problem of(long position, Kind kind, LocalizedText text) {
            return new Problem(position, kind, text.get(Language.EN), text);
        }
    }
}
