package kz.saruar.ledger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A verifiable snapshot of the ledger's state at a journal position (LFT-06, LFT-07), so that
 * reopening replays only the journal's tail. The file {@code snapshot-<position>.bin} sits next to
 * the journal; it is written to a temporary file, fsynced, renamed atomically and the directory
 * fsynced. Big-endian; strings as i32 length + UTF-8:
 *
 * <pre>
 * "LFTSNAP1" · u8 format(=1) · i64 position (records covered) · 32 bytes hash of record position−1
 * · 32 bytes hash of the genesis record · i64 issued · i64 retired · i64 capacity
 * · i32 n · n × (str account · u8 kind · str owner · u8 hasProject [str project] · i64 balance
 *               · i64 lastActivity epochSecond · i32 nano)
 * · i32 n · n × (str offer · str seller · u8 hasDirection [str direction] · i64 price · i64 remaining · u8 live)
 * · i32 n · n × (str forum · i64 amount) · i32 n · n × str forumRecipient · i32 n · n × i64 corrected
 * · i32 n (keys) · n × i64 hash · n × i64 sequence · n × (u8 length · ASCII key)   (sorted by hash)
 * · 32 bytes SHA-256 of all bytes before
 * </pre>
 *
 * A snapshot is trusted only if its checksum holds, its position is within the journal and its
 * recorded hashes equal the journal's records at that position and at the genesis.
 */
final class LedgerSnapshot {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerSnapshot.class);
    static final String PREFIX = "snapshot-";
    static final String SUFFIX = ".bin";
    static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern NAME = Pattern.compile("snapshot-(\\d{20})\\.bin");
    private static final byte[] MAGIC = "LFTSNAP1".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int BUFFER = 1 << 20;
    private static final int MAX_COUNT = Integer.MAX_VALUE - 16;
    private static final AccountKind[] KINDS = AccountKind.values();

    private LedgerSnapshot() {
    }

    /** An account as captured. */
    record AccountImage(Account account, long balance, Instant lastActivity) {
    }

    /**
     * The ledger's state at {@code position}, captured under the ledger's lock; every part is
     * immutable or a private copy, so it is written outside the lock. Keys: those of {@code base}
     * plus those of {@code recent}, each with its sequence.
     */
    record Image(long position, byte[] head, byte[] genesisHash, long issued, long retired, long capacity,
            List<AccountImage> accounts, List<MarketOffer> offers, Map<String, Long> forumAmounts,
            List<String> forumRecipients, long[] corrected, KeyIndex base, LiveKeys.View recent) {
    }

    static Path fileOf(Path dir, long position) {
        return dir.resolve(String.format("%s%020d%s", PREFIX, position, SUFFIX));
    }

    /** The position in a snapshot file's name, or -1 if it is not one. */
    static long positionOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * The snapshot files in {@code dir}, newest first; leftover temporary files (a crash while
     * writing) are deleted. Only for opening, while the journal's lock is held and nothing writes.
     */
    static List<Path> candidates(Path dir) throws IOException {
        return list(dir, true);
    }

    private static List<Path> list(Path dir, boolean deleteUnfinished) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, PREFIX + "*")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.endsWith(TEMP_SUFFIX)) {
                    if (deleteUnfinished) {
                        LOG.warn("deleting {}, a snapshot left unfinished (the process stopped while writing it)", p);
                        Files.deleteIfExists(p);
                    }
                } else if (positionOf(p) >= 0) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingLong(LedgerSnapshot::positionOf).reversed());
        return out;
    }

    /**
     * Writes the snapshot atomically and deletes all other snapshots but the newest older one;
     * returns its file. The caller writes one snapshot at a time, in increasing positions.
     */
    static Path write(Path dir, Image image) throws IOException {
        Path file = fileOf(dir, image.position());
        Path tmp = file.resolveSibling(file.getFileName() + TEMP_SUFFIX);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            Out out = new Out(ch);
            encode(image, out);
            out.finish();
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        forceDirectory(dir);
        boolean keptOne = false;
        for (Path p : list(dir, false)) {
            long pos = positionOf(p);
            if (pos == image.position()) {
                continue;
            }
            if (pos < image.position() && !keptOne) {
                keptOne = true;
                continue;
            }
            Files.deleteIfExists(p);
        }
        return file;
    }

    static void forceDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("the file system cannot fsync the directory {}: {}", dir, e.getMessage());
        }
    }

    private static void encode(Image s, Out o) throws IOException {
        o.bytes(MAGIC, 0, MAGIC.length);
        o.u8(FORMAT);
        o.i64(s.position());
        o.bytes(s.head(), 0, JournalCodec.HASH_SIZE);
        o.bytes(s.genesisHash(), 0, JournalCodec.HASH_SIZE);
        o.i64(s.issued());
        o.i64(s.retired());
        o.i64(s.capacity());
        o.i32(s.accounts().size());
        for (AccountImage a : s.accounts()) {
            o.str(a.account().id().value());
            o.u8(a.account().kind().ordinal());
            o.str(a.account().owner().value());
            o.opt(a.account().project().map(AccountId::value));
            o.i64(a.balance());
            o.i64(a.lastActivity().getEpochSecond());
            o.i32(a.lastActivity().getNano());
        }
        o.i32(s.offers().size());
        for (MarketOffer m : s.offers()) {
            o.str(m.id().value());
            o.str(m.seller().value());
            o.opt(m.direction());
            o.i64(m.price());
            o.i64(m.remaining());
            o.u8(m.live() ? 1 : 0);
        }
        o.i32(s.forumAmounts().size());
        for (Map.Entry<String, Long> e : s.forumAmounts().entrySet()) {
            o.str(e.getKey());
            o.i64(e.getValue());
        }
        o.i32(s.forumRecipients().size());
        for (String r : s.forumRecipients()) {
            o.str(r);
        }
        o.i32(s.corrected().length);
        for (long c : s.corrected()) {
            o.i64(c);
        }
        encodeKeys(s, o);
    }

    /** Merges the base index and the recent keys in hash order: sort (hash with its low bits replaced by the item's index). */
    private static void encodeKeys(Image s, Out o) throws IOException {
        KeyIndex base = s.base();
        LiveKeys.View recent = s.recent();
        long total = (long) base.size() + recent.size();
        if (total > MAX_COUNT) {
            throw new IOException("too many idempotency keys for a snapshot: " + total);
        }
        int n = (int) total;
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        long mask = (1L << indexBits) - 1;
        long[] order = new long[n];
        for (int i = 0; i < base.size(); i++) {
            order[i] = (base.hashAt(i) & ~mask) | i;
        }
        for (int j = 0; j < recent.size(); j++) {
            int i = base.size() + j;
            order[i] = (recent.hashAt(j) & ~mask) | i;
        }
        Arrays.parallelSort(order);
        o.i32(n);
        for (long x : order) {
            int i = (int) (x & mask);
            o.i64(i < base.size() ? base.hashAt(i) : recent.hashAt(i - base.size()));
        }
        for (long x : order) {
            int i = (int) (x & mask);
            o.i64(i < base.size() ? base.sequenceAt(i) : recent.sequenceAt(i - base.size()));
        }
        for (long x : order) {
            int i = (int) (x & mask);
            byte[] c = i < base.size() ? base.chunkOf(i) : recent.chunkOf(i - base.size());
            int off = i < base.size() ? base.offsetOf(i) : recent.offsetOf(i - base.size());
            o.bytes(c, off, 1 + (c[off] & 0xff));
        }
    }

    /** What a snapshot file holds. */
    record Loaded(long position, byte[] head, byte[] genesisHash, long issued, long retired, long capacity,
            List<AccountImage> accounts, List<MarketOffer> offers, Map<String, Long> forumAmounts,
            List<String> forumRecipients, long[] corrected, KeyIndex keys) {
    }

    /**
     * Reads and checks a snapshot file: its checksum first, then its structure.
     *
     * @throws IOException if it cannot be read or is not a sound snapshot
     */
    static Loaded read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < MAGIC.length + 1 + 8 + 2 * JournalCodec.HASH_SIZE + JournalCodec.HASH_SIZE) {
                throw new IOException("too short (" + size + " bytes)");
            }
            checkDigest(ch, size);
            In in = new In(ch, size - JournalCodec.HASH_SIZE);
            try {
                return decode(in);
            } catch (RuntimeException e) {
                throw new IOException("malformed: " + e, e);
            }
        }
    }

    private static void checkDigest(FileChannel ch, long size) throws IOException {
        MessageDigest sha = JournalCodec.sha256();
        ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
        long body = size - JournalCodec.HASH_SIZE;
        long pos = 0;
        while (pos < body) {
            buf.clear();
            buf.limit((int) Math.min(BUFFER, body - pos));
            int r = ch.read(buf, pos);
            if (r < 0) {
                throw new IOException("ends early");
            }
            buf.flip();
            sha.update(buf);
            pos += r;
        }
        ByteBuffer stored = ByteBuffer.allocate(JournalCodec.HASH_SIZE);
        while (stored.hasRemaining()) {
            if (ch.read(stored, body + stored.position()) < 0) {
                throw new IOException("ends early");
            }
        }
        if (!Arrays.equals(sha.digest(), stored.array())) {
            throw new IOException("its SHA-256 checksum does not match its content (changed or truncated)");
        }
    }

    private static Loaded decode(In in) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.bytes(magic, 0, magic.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a ledger snapshot");
        }
        int format = in.u8();
        if (format != FORMAT) {
            throw new IOException("unknown snapshot format " + format);
        }
        long position = in.i64();
        byte[] head = new byte[JournalCodec.HASH_SIZE];
        in.bytes(head, 0, head.length);
        byte[] genesis = new byte[JournalCodec.HASH_SIZE];
        in.bytes(genesis, 0, genesis.length);
        long issued = in.i64();
        long retired = in.i64();
        long capacity = in.i64();
        int n = in.count();
        List<AccountImage> accounts = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            AccountId id = AccountId.of(in.str());
            AccountKind kind = KINDS[in.u8()];
            ActorId owner = ActorId.of(in.str());
            Optional<AccountId> project = in.opt().map(AccountId::of);
            long balance = in.i64();
            long sec = in.i64();
            int nano = in.i32();
            accounts.add(new AccountImage(new Account(id, kind, owner, project), balance, Instant.ofEpochSecond(sec, nano)));
        }
        n = in.count();
        List<MarketOffer> offers = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            OfferId id = OfferId.of(in.str());
            AccountId seller = AccountId.of(in.str());
            Optional<String> direction = in.opt();
            long price = in.i64();
            long remaining = in.i64();
            int live = in.u8();
            if (live > 1) {
                throw new IOException("offer " + id + " has live flag " + live);
            }
            offers.add(new MarketOffer(id, seller, price, remaining, live == 1, direction));
        }
        n = in.count();
        Map<String, Long> forum = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            forum.put(in.str(), in.i64());
        }
        n = in.count();
        List<String> recipients = new ArrayList<>(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            recipients.add(in.str());
        }
        n = in.count();
        long[] corrected = new long[n];
        for (int i = 0; i < n; i++) {
            corrected[i] = in.i64();
        }
        KeyIndex keys = decodeKeys(in);
        if (in.remaining() != 0) {
            throw new IOException(in.remaining() + " unexpected bytes after the keys");
        }
        return new Loaded(position, head, genesis, issued, retired, capacity, accounts, offers, forum, recipients,
                corrected, keys);
    }

    private static KeyIndex decodeKeys(In in) throws IOException {
        int n = in.count();
        if ((long) n * 17 > in.remaining()) {
            throw new IOException(n + " keys cannot fit in " + in.remaining() + " bytes");
        }
        long[] hashes = new long[n];
        in.longs(hashes);
        long[] sequences = new long[n];
        in.longs(sequences);
        int chunkKeys = 1 << KeyIndex.CHUNK_BITS;
        byte[][] chunks = new byte[(n + chunkKeys - 1) / chunkKeys][];
        int[] offsets = new int[n];
        byte[] scratch = new byte[chunkKeys * 65];
        for (int c = 0; c < chunks.length; c++) {
            int first = c * chunkKeys;
            int last = Math.min(n, first + chunkKeys);
            int len = 0;
            for (int i = first; i < last; i++) {
                int k = in.u8();
                if (k < 1 || k > 64) {
                    throw new IOException("key " + i + " has length " + k);
                }
                offsets[i] = len;
                scratch[len] = (byte) k;
                in.bytes(scratch, len + 1, k);
                if (KeyIndex.hash(scratch, len + 1, k) != hashes[i]) {
                    throw new IOException("key " + i + " does not have its recorded hash");
                }
                len += 1 + k;
            }
            chunks[c] = Arrays.copyOf(scratch, len);
        }
        try {
            return new KeyIndex(n, hashes, sequences, chunks, offsets);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A buffered writer that digests what it writes. */
    private static final class Out {
        private final FileChannel ch;
        private final MessageDigest sha = JournalCodec.sha256();
        private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);

        Out(FileChannel ch) {
            this.ch = ch;
        }

        private void room(int n) throws IOException {
            if (buf.remaining() < n) {
                flush();
            }
        }

        private void flush() throws IOException {
            buf.flip();
            sha.update(buf.array(), 0, buf.limit());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            buf.clear();
        }

        void u8(int v) throws IOException {
            room(1);
            buf.put((byte) v);
        }

        void i32(int v) throws IOException {
            room(4);
            buf.putInt(v);
        }

        void i64(long v) throws IOException {
            room(8);
            buf.putLong(v);
        }

        void bytes(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                room(1);
                int k = Math.min(len, buf.remaining());
                buf.put(b, off, k);
                off += k;
                len -= k;
            }
        }

        void str(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i32(b.length);
            bytes(b, 0, b.length);
        }

        void opt(Optional<String> s) throws IOException {
            u8(s.isPresent() ? 1 : 0);
            if (s.isPresent()) {
                str(s.get());
            }
        }

        void finish() throws IOException {
            flush();
            ByteBuffer d = ByteBuffer.wrap(sha.digest());
            while (d.hasRemaining()) {
                ch.write(d);
            }
        }
    }

    /** A buffered reader of the first {@code limit} bytes; reading past them is a malformed snapshot. */
    private static final class In {
        private final FileChannel ch;
        private final long limit;
        private long filePos;
        private final ByteBuffer buf = ByteBuffer.allocate(BUFFER);

        In(FileChannel ch, long limit) {
            this.ch = ch;
            this.limit = limit;
            buf.limit(0);
        }

        long remaining() {
            return limit - filePos + buf.remaining();
        }

        private void need(int n) throws IOException {
            if (buf.remaining() >= n) {
                return;
            }
            if (remaining() < n) {
                throw new IOException("ends early");
            }
            buf.compact();
            while (buf.position() < n) {
                int want = (int) Math.min(buf.remaining(), limit - filePos);
                ByteBuffer slice = buf.slice(buf.position(), want);
                int r = ch.read(slice, filePos);
                if (r <= 0) {
                    throw new IOException("ends early");
                }
                filePos += r;
                buf.position(buf.position() + r);
            }
            buf.flip();
        }

        int u8() throws IOException {
            need(1);
            return buf.get() & 0xff;
        }

        int i32() throws IOException {
            need(4);
            return buf.getInt();
        }

        long i64() throws IOException {
            need(8);
            return buf.getLong();
        }

        int count() throws IOException {
            int n = i32();
            if (n < 0 || n > remaining()) {
                throw new IOException("count " + n + " is impossible here");
            }
            return n;
        }

        void bytes(byte[] dst, int off, int len) throws IOException {
            while (len > 0) {
                need(1);
                int k = Math.min(len, buf.remaining());
                buf.get(dst, off, k);
                off += k;
                len -= k;
            }
        }

        void longs(long[] dst) throws IOException {
            int i = 0;
            while (i < dst.length) {
                need(8);
                int k = Math.min(dst.length - i, buf.remaining() / 8);
                buf.asLongBuffer().get(dst, i, k);
                buf.position(buf.position() + k * 8);
                i += k;
            }
        }

        String str() throws IOException {
            int n = count();
            byte[] b = new byte[n];
            bytes(b, 0, n);
            return new String(b, StandardCharsets.UTF_8);
        }

        Optional<String> opt() throws IOException {
            int f = u8();
            if (f > 1) {
                throw new IOException("optional flag " + f);
            }
            return f == 1 ? Optional.of(str()) : Optional.empty();
        }
    }
}
