package kz.saruar.ledger;

import com.google.common.hash.HashCode;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32C;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;

/**
 * Walks a LIFTCOIN journal and names its first bad record (LFT-06): anyone holding the journal can
 * check that no record was changed, removed, reordered or given a wrong hash. A journal cut off
 * after its last record cannot be told from a shorter one by itself; compare
 * {@link VerificationReport#headHash()} with a published head hash for that.
 */
public final class JournalVerifier {
    private final MessageDigest sha = JournalCodec.sha256();
    private final CRC32C crc = new CRC32C();
    private byte[] previous = JournalCodec.GENESIS_PREVIOUS.clone();
    private final byte[] computed = new byte[JournalCodec.HASH_SIZE];
    private long position;
    private long bytes;

    JournalVerifier() {
    }

    /** Continues a chain whose record {@code position - 1} has hash {@code previous} (a snapshot's position). */
    JournalVerifier(long position, byte[] previous) {
        this.position = position;
        this.previous = previous.clone();
    }

    /** Verifies every record of {@code store}. */
    public static VerificationReport verify(JournalStore store) {
        Objects.requireNonNull(store, "store");
        JournalVerifier v = new JournalVerifier();
        try {
            while (true) {
                List<StoredRecord> page = store.read(v.position, 4096);
                if (page.isEmpty()) {
                    return v.report(Optional.empty());
                }
                for (StoredRecord r : page) {
                    Optional<VerificationReport.Problem> p = v.check(r.payload());
                    if (p.isPresent()) {
                        return v.report(p);
                    }
                }
            }
        } catch (StorageException e) {
            return v.report(Optional.of(new VerificationReport.Problem(v.position, VerificationReport.Kind.UNREADABLE,
                    e.getMessage())));
        }
    }

    /** Verifies records given in journal order. */
    public static VerificationReport verify(Iterable<byte[]> records) {
        JournalVerifier v = new JournalVerifier();
        for (byte[] r : records) {
            Optional<VerificationReport.Problem> p = v.check(r);
            if (p.isPresent()) {
                return v.report(p);
            }
        }
        return v.report(Optional.empty());
    }

    /** Checks records in order, continuing the chain; the first problem, if any. */
    Optional<VerificationReport.Problem> checkAll(List<byte[]> records) {
        for (byte[] r : records) {
            Optional<VerificationReport.Problem> p = check(r);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The hash of the last good record, for chaining new records after a replay. */
    byte[] head() {
        return previous.clone();
    }

    private VerificationReport report(Optional<VerificationReport.Problem> problem) {
        return new VerificationReport(position, bytes, position == 0 ? Optional.empty() : Optional.of(HashCode.fromBytes(previous)),
                problem);
    }

    Optional<VerificationReport.Problem> check(byte[] r) {
        if (!JournalCodec.crcMatches(r, crc)) {
            return problem(VerificationReport.Kind.CRC_MISMATCH, "its bytes do not match its CRC32C (changed or torn)");
        }
        long seq = JournalCodec.sequenceOf(r);
        if (seq > position) {
            return problem(VerificationReport.Kind.MISSING_RECORD,
                    "it has sequence " + seq + ": " + (seq - position) + " record(s) missing before it");
        }
        if (seq < position) {
            return problem(VerificationReport.Kind.REORDERED_RECORD, "it has sequence " + seq + ": reordered or repeated");
        }
        boolean genesis = r[1] == JournalCodec.GENESIS;
        if (genesis != (position == 0)) {
            return problem(VerificationReport.Kind.BAD_GENESIS,
                    genesis ? "a genesis record after the start" : "the journal does not start with a genesis record");
        }
        int body = r.length - JournalCodec.TRAILER;
        sha.update(previous, 0, JournalCodec.HASH_SIZE);
        sha.update(r, 0, body);
        try {
            sha.digest(computed, 0, JournalCodec.HASH_SIZE);
        } catch (DigestException e) {
            throw new SaruarException("SHA-256 digest failed", e);
        }
        if (!Arrays.equals(computed, 0, JournalCodec.HASH_SIZE, r, body, body + JournalCodec.HASH_SIZE)) {
            return problem(VerificationReport.Kind.HASH_MISMATCH,
                    "its hash is not SHA-256(previous hash ‖ record): content changed or hash wrong");
        }
        System.arraycopy(computed, 0, previous, 0, JournalCodec.HASH_SIZE);
        position++;
        bytes += r.length;
        return Optional.empty();
    }

    private Optional<VerificationReport.Problem> problem(VerificationReport.Kind kind, String detail) {
        return Optional.of(new VerificationReport.Problem(position, kind, "record " + position + ": " + detail));
    }
}
