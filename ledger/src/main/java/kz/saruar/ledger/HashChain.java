package kz.saruar.ledger;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.SaruarException;

/**
 * The journal's hash chain (LFT-06), the one place that chains and checks it: each record carries
 * SHA-256(previous record's hash ‖ its canonical bytes), the genesis record's previous hash being
 * 32 zero bytes. {@link #seal} chains a record being written; {@link #check} checks one read back
 * (CRC, sequence, genesis, hash) and advances. Not thread-safe: one writer or one reader at a time.
 *
 * <p>A record's layout (see {@link JournalCodec}): {@code body · hash (32) · CRC32C (4)}.
 */
final class HashChain {
    /** The bytes of a hash. */
    static final int HASH_SIZE = ChainHash.SIZE;
    /** Hash and CRC after a record's body. */
    static final int TRAILER = HASH_SIZE + 4;
    /** The previous hash of the genesis record. */
    private static final byte[] GENESIS_PREVIOUS = new byte[HASH_SIZE];

    private final MessageDigest sha = JournalCodec.sha256();
    private final CRC32C crc = new CRC32C();
    private final byte[] head;
    private final byte[] computed = new byte[HASH_SIZE];
    private long position;
    private long bytes;

    /** A chain before the genesis record. */
    HashChain() {
        this(0, GENESIS_PREVIOUS);
    }

    /** A chain continuing after record {@code position - 1}, whose hash is {@code head} (e.g. a snapshot's). */
    HashChain(long position, byte[] head) {
        if (head.length != HASH_SIZE) {
            throw new IllegalArgumentException("a chain hash has " + HASH_SIZE + " bytes");
        }
        this.position = position;
        this.head = head.clone();
    }

    /** The hash a record carries. */
    static byte[] hashOf(byte[] record) {
        int body = record.length - TRAILER;
        return Arrays.copyOfRange(record, body, body + HASH_SIZE);
    }

    /**
     * Chains the record whose body is {@code buf[0..body)}: writes SHA-256(head ‖ body) at
     * {@code buf[body]} and makes it the head. The caller makes room for it.
     */
    void seal(byte[] buf, int body) {
        digest(buf, body);
        System.arraycopy(computed, 0, buf, body, HASH_SIZE);
        System.arraycopy(computed, 0, head, 0, HASH_SIZE);
        position++;
        bytes += body + TRAILER;
    }

    private void digest(byte[] record, int body) {
        sha.update(head, 0, HASH_SIZE);
        sha.update(record, 0, body);
        try {
            sha.digest(computed, 0, HASH_SIZE);
        } catch (DigestException e) {
            throw new SaruarException("SHA-256 digest failed", e);
        }
    }

    /**
     * Checks that {@code r} is the next record of this chain (its CRC, sequence, genesis flag and
     * hash) and advances past it; the first problem otherwise, leaving the chain where it was.
     */
    Optional<VerificationReport.Problem> check(byte[] r) {
        if (!JournalCodec.crcMatches(r, crc)) {
            return problem(VerificationReport.Kind.CRC_MISMATCH, "байттары CRC32C-ге сәйкес келмейді (өзгертілген немесе үзілген)",
                    "его байты не совпадают с CRC32C (изменены или оборваны)", "its bytes do not match its CRC32C (changed or torn)");
        }
        long seq = JournalCodec.sequenceOf(r);
        if (seq > position) {
            return problem(VerificationReport.Kind.MISSING_RECORD, "реттік нөмірі {1}: алдында {2} жазба жоқ",
                    "её порядковый номер {1}: перед ней не хватает записей: {2}", "it has sequence {1}: {2} record(s) missing before it",
                    seq, seq - position);
        }
        if (seq < position) {
            return problem(VerificationReport.Kind.REORDERED_RECORD, "реттік нөмірі {1}: орны ауыстырылған немесе қайталанған",
                    "её порядковый номер {1}: переставлена или повторена", "it has sequence {1}: reordered or repeated", seq);
        }
        boolean genesis = r[1] == JournalCodec.GENESIS;
        if (genesis != (position == 0)) {
            return genesis
                    ? problem(VerificationReport.Kind.BAD_GENESIS, "басынан кейінгі генезис жазбасы", "генезис-запись не в начале",
                            "a genesis record after the start")
                    : problem(VerificationReport.Kind.BAD_GENESIS, "журнал генезис жазбасынан басталмайды",
                            "журнал начинается не с генезис-записи", "the journal does not start with a genesis record");
        }
        int body = r.length - TRAILER;
        digest(r, body);
        if (!Arrays.equals(computed, 0, HASH_SIZE, r, body, body + HASH_SIZE)) {
            return problem(VerificationReport.Kind.HASH_MISMATCH,
                    "оның хэші SHA-256(алдыңғы хэш ‖ жазба) емес: мазмұны өзгертілген немесе хэш қате",
                    "её хэш не равен SHA-256(предыдущий хэш ‖ запись): содержимое изменено или хэш неверен",
                    "its hash is not SHA-256(previous hash ‖ record): content changed or hash wrong");
        }
        System.arraycopy(computed, 0, head, 0, HASH_SIZE);
        position++;
        bytes += r.length;
        return Optional.empty();
    }

    /** Checks records in order, advancing; the first problem, if any. */
    Optional<VerificationReport.Problem> checkAll(Iterable<byte[]> records) {
        for (byte[] r : records) {
            Optional<VerificationReport.Problem> p = check(r);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code record} is an intact record at {@code position - 1} whose hash is
     * {@code expectedHash}: the test a snapshot's head must pass against the journal.
     */
    static boolean endsAt(byte[] record, long position, byte[] expectedHash) {
        return JournalCodec.crcMatches(record, new CRC32C()) && JournalCodec.sequenceOf(record) == position - 1
                && Arrays.equals(hashOf(record), expectedHash);
    }

    /** The position of the next record. */
    long position() {
        return position;
    }

    /** The bytes of the records chained or checked by this chain object. */
    long bytes() {
        return bytes;
    }

    /** A copy of the last record's hash. */
    byte[] head() {
        return head.clone();
    }

    /** The last record's hash. */
    ChainHash headHash() {
        return ChainHash.of(head);
    }

    /** The problem at this position; {0} is the position, {1}, {2}… the arguments (Saruar's wording, kk/en marked as translations). */
    private Optional<VerificationReport.Problem> problem(VerificationReport.Kind kind, String kk, String ru, String en,
            Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = position;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return Optional.of(VerificationReport.Problem.of(position, kind,
                LocalizedText.message("{0}-жазба: " + kk, "запись {0}: " + ru, "record {0}: " + en, all)));
    }
}
