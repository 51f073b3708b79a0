package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.HashCode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LIFTCOIN ledger (METHODOLOGY.md section 9, LFT-01..08): takes commands, decides them as
 * values, and appends every accepted one to a hash-chained journal on a {@link JournalStore}.
 *
 * <p><b>Threads.</b> Safe for any number of threads. Commands are decided one at a time under the
 * ledger's lock; waiting for the store's durability happens outside it, so concurrent commands
 * share an fsync (group commit). {@link #submit} returns only when the command's record is
 * stored as the store promises; a decision that depends on an earlier command is returned after
 * that command's record is durable too.
 *
 * <p><b>Failure.</b> If the store fails, the ledger stops (fail-stop): every later call throws
 * {@link SaruarException}; reopen it from the journal.
 */
public final class Ledger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    private static final IdempotencyKey GENESIS_KEY = IdempotencyKey.of("genesis");

    private final JournalStore store;
    private final boolean ownsStore;
    private final LedgerPolicy policy;
    private final Clock clock;
    private final LedgerState state;
    private final JournalCodec codec = new JournalCodec();
    private byte[] head;
    private byte[] spare = new byte[JournalCodec.HASH_SIZE];
    private CompletableFuture<AppendResult> lastAppend;
    private volatile RuntimeException failure;
    /** Where snapshots are written, or null for none (a store that is not a directory of ours). */
    private final Path snapshotDir;
    private final byte[] genesisHash;
    /** The position of the last snapshot written or loaded (0: none). */
    private long snapshotPosition;
    private ExecutorService snapshotter;
    private Future<?> pendingSnapshot;
    /** Held while a snapshot file is written: one at a time, never an older one after a newer. */
    private final Object snapshotWriting = new Object();
    private long lastWritten;

    private Ledger(JournalStore store, boolean ownsStore, LedgerPolicy policy, Clock clock, LedgerState state, byte[] head,
            CompletableFuture<AppendResult> lastAppend, Path snapshotDir, byte[] genesisHash, long snapshotPosition) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.policy = policy;
        this.clock = clock;
        this.state = state;
        this.head = head;
        this.lastAppend = lastAppend;
        this.snapshotDir = snapshotDir;
        this.genesisHash = genesisHash;
        this.snapshotPosition = snapshotPosition;
        this.lastWritten = snapshotPosition;
    }

    /**
     * Opens the ledger on {@code store}: an empty store gets a genesis record with the policy's
     * figures; a non-empty one is verified and replayed, and its genesis must match the policy.
     * The caller keeps ownership of the store.
     *
     * @throws SaruarException if the journal is damaged or was created with another policy
     */
    public static Ledger open(JournalStore store, LedgerPolicy policy, Clock clock) {
        return open(store, false, policy, clock, true, null);
    }

    /**
     * Opens an existing journal with the policy recorded in its genesis record (no expiry, the
     * default zone), e.g. to read statements and coverage. The caller keeps ownership of the store.
     *
     * @throws SaruarException if the journal is empty or damaged
     */
    public static Ledger openExisting(JournalStore store, Clock clock) {
        Objects.requireNonNull(store, "store");
        if (store.endPosition() == 0) {
            throw new SaruarException("the journal " + store + " is empty: it has no genesis record");
        }
        LedgerCommand.Genesis g = genesisOf(store);
        LedgerPolicy policy = LedgerPolicy.builder().issuer(g.issuer()).platform(g.actor())
                .coverageRatio(g.coverageRatio()).retirePointsPaidToBusinesses(g.retirePointsPaidToBusinesses())
                .priorityDirections(g.priorityDirections()).build();
        return open(store, false, policy, clock, true, null);
    }

    /**
     * Opens (creating if absent) the ledger whose journal lives in {@code dir}, on the embedded
     * file store, the default storage. Closing the ledger closes the store and releases the lock.
     *
     * <p>Snapshots (LFT-06, LFT-07): the ledger writes its state to {@code snapshot-<position>.bin}
     * in {@code dir} every {@link LedgerPolicy#snapshotEvery()} records and on close, and opening
     * starts from the newest snapshot whose checksum holds and whose position and hashes match the
     * journal, replaying and verifying only the records after it. A missing, damaged or mismatching
     * snapshot is skipped with a warning; without a usable one the whole journal is replayed.
     */
    public static Ledger openDirectory(Path dir, LedgerPolicy policy, Clock clock) {
        FileJournalStore store = FileJournalStore.open(dir);
        try {
            return open(store, true, policy, clock, true, dir);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A new ledger in memory, for tests and throwaway use. */
    public static Ledger inMemory(LedgerPolicy policy, Clock clock) {
        return open(new InMemoryJournalStore(), true, policy, clock, true, null);
    }

    private static LedgerCommand.Genesis genesisOf(JournalStore store) {
        JournalRecord first = decodeChecked(store.read(0, 1).get(0));
        if (!(first.command() instanceof LedgerCommand.Genesis g)) {
            throw new SaruarException("the journal " + store + " does not start with a genesis record");
        }
        return g;
    }

    private static JournalRecord decodeChecked(StoredRecord r) {
        return decodeChecked(r.position(), r.payload());
    }

    private static JournalRecord decodeChecked(long position, byte[] bytes) {
        try {
            return JournalCodec.decode(bytes);
        } catch (JournalCodec.MalformedRecordException e) {
            throw new SaruarException("journal record " + position + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static Ledger open(JournalStore store, boolean owns, LedgerPolicy policy, Clock clock, boolean verify,
            Path snapshotDir) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        if (store.endPosition() == 0) {
            LedgerCommand.Genesis g = new LedgerCommand.Genesis(GENESIS_KEY, policy.platform(), policy.issuer(),
                    policy.coverageRatio(), policy.retirePointsPaidToBusinesses(), policy.priorityDirections());
            Instant now = clock.instant();
            byte[] hash = new byte[JournalCodec.HASH_SIZE];
            byte[] bytes = new JournalCodec().encode(0, now, g, List.of(), JournalCodec.GENESIS_PREVIOUS, hash);
            CompletableFuture<AppendResult> f = store.append(0, List.of(bytes));
            await(f);
            return new Ledger(store, owns, policy, clock, new LedgerState(g, now, 1024), hash, f, snapshotDir, hash.clone(), 0);
        }
        if (snapshotDir != null && policy.loadSnapshots()) {
            Ledger l = openFromSnapshot(store, owns, policy, clock, snapshotDir);
            if (l != null) {
                return l;
            }
        }
        JournalVerifier chain = new JournalVerifier();
        LedgerState state = replay(store, policy, chain, null, 0, verify);
        byte[] genesisHash = hashOf(store.read(0, 1).get(0).payload());
        return new Ledger(store, owns, policy, clock, state, chain.head(), CompletableFuture.completedFuture(null),
                snapshotDir, genesisHash, 0);
    }

    /** The chain hash a record carries. */
    private static byte[] hashOf(byte[] record) {
        int body = record.length - JournalCodec.TRAILER;
        return Arrays.copyOfRange(record, body, body + JournalCodec.HASH_SIZE);
    }

    /**
     * Opens from the newest usable snapshot and replays the journal after it; null if there is
     * none (then the caller replays the whole journal). Never trusts a snapshot that does not
     * match the journal.
     */
    private static Ledger openFromSnapshot(JournalStore store, boolean owns, LedgerPolicy policy, Clock clock, Path dir) {
        List<Path> candidates;
        try {
            candidates = LedgerSnapshot.candidates(dir);
        } catch (java.io.IOException e) {
            LOG.warn("cannot list the snapshots in {} ({}); replaying the whole journal", dir, e.toString());
            return null;
        }
        if (candidates.isEmpty()) {
            return null;
        }
        long end = store.endPosition();
        byte[] genesisBytes = store.read(0, 1).get(0).payload();
        JournalRecord first = decodeChecked(0, genesisBytes);
        if (!(first.command() instanceof LedgerCommand.Genesis g)) {
            throw new SaruarException("the journal " + store + " does not start with a genesis record");
        }
        checkPolicy(g, policy, store);
        byte[] genesisHash = hashOf(genesisBytes);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        for (Path file : candidates) {
            LedgerSnapshot.Loaded s;
            try {
                s = LedgerSnapshot.read(file);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("ignoring the snapshot {}: {}", file, e.getMessage());
                continue;
            }
            if (s.position() < 1 || s.position() > end || s.position() != LedgerSnapshot.positionOf(file)) {
                LOG.warn("ignoring the snapshot {}: its position {} is not within the journal's {} records (or not its name's)",
                        file, s.position(), end);
                continue;
            }
            byte[] at = store.read(s.position() - 1, 1).get(0).payload();
            if (!JournalCodec.crcMatches(at, crc) || JournalCodec.sequenceOf(at) != s.position() - 1
                    || !Arrays.equals(hashOf(at), s.head()) || !Arrays.equals(genesisHash, s.genesisHash())) {
                LOG.warn("ignoring the snapshot {}: its hashes do not match the journal's records 0 and {}", file,
                        s.position() - 1);
                continue;
            }
            try {
                LedgerState state = LedgerState.restore(g, s, end - s.position());
                JournalVerifier chain = new JournalVerifier(s.position(), s.head());
                state = replay(store, policy, chain, state, s.position(), true);
                LOG.debug("ledger opened from the snapshot {} and replayed {} journal records after it", file,
                        end - s.position());
                return new Ledger(store, owns, policy, clock, state, chain.head(), CompletableFuture.completedFuture(null),
                        dir, genesisHash, s.position());
            } catch (RuntimeException e) {
                LOG.warn("the snapshot {} could not be continued ({}); replaying the whole journal", file, e.getMessage());
                return null;
            }
        }
        return null;
    }

    /**
     * Replays the journal from {@code from} into {@code state} (null: from the genesis record),
     * checking the hash chain with {@code chain} as it goes.
     */
    private static LedgerState replay(JournalStore store, LedgerPolicy policy, JournalVerifier chain, LedgerState initial,
            long from, boolean verify) {
        LedgerState state = initial;
        long expected = store.endPosition();
        long p = from;
        while (true) {
            List<StoredRecord> page = store.read(p, 8192);
            if (page.isEmpty()) {
                break;
            }
            List<byte[]> bytes = new ArrayList<>(page.size());
            for (StoredRecord r : page) {
                bytes.add(r.payload());
            }
            // the chain is checked on another thread while this page's records are decoded in parallel
            CompletableFuture<Optional<VerificationReport.Problem>> checked = verify
                    ? CompletableFuture.supplyAsync(() -> chain.checkAll(bytes))
                    : CompletableFuture.completedFuture(Optional.empty());
            long first = p;
            List<JournalRecord> records;
            try {
                records = IntStream.range(0, bytes.size()).parallel()
                        .mapToObj(i -> decodeChecked(first + i, bytes.get(i))).toList();
            } catch (SaruarException e) {
                checked.join().ifPresent(problem -> {
                    throw new SaruarException("the journal " + store + " fails verification: "
                            + problem.kind() + " at " + problem.detail(), e);
                });
                throw e;
            }
            Optional<VerificationReport.Problem> problem = checked.join();
            if (problem.isPresent()) {
                throw new SaruarException("the journal " + store + " fails verification: "
                        + problem.get().kind() + " at " + problem.get().detail());
            }
            for (JournalRecord rec : records) {
                if (state == null) {
                    if (!(rec.command() instanceof LedgerCommand.Genesis g)) {
                        throw new SaruarException("the journal " + store + " does not start with a genesis record");
                    }
                    checkPolicy(g, policy, store);
                    state = new LedgerState(g, rec.at(), expected);
                } else {
                    state.apply(rec.sequence(), rec.at(), rec.command(), rec.entries());
                }
            }
            p += page.size();
        }
        LOG.debug("ledger replayed {} journal records from {}", p - from, store);
        return state;
    }

    private static void checkPolicy(LedgerCommand.Genesis g, LedgerPolicy policy, JournalStore store) {
        List<String> diffs = new ArrayList<>();
        if (!g.issuer().equals(policy.issuer())) {
            diffs.add("issuer " + g.issuer() + " ≠ " + policy.issuer());
        }
        if (!g.actor().equals(policy.platform())) {
            diffs.add("platform " + g.actor() + " ≠ " + policy.platform());
        }
        if (g.coverageRatio().compareTo(policy.coverageRatio()) != 0) {
            diffs.add("coverage ratio " + g.coverageRatio() + " ≠ " + policy.coverageRatio());
        }
        if (g.retirePointsPaidToBusinesses() != policy.retirePointsPaidToBusinesses()) {
            diffs.add("retire points paid to businesses " + g.retirePointsPaidToBusinesses());
        }
        if (!g.priorityDirections().equals(policy.priorityDirections())) {
            diffs.add("priority directions " + g.priorityDirections() + " ≠ " + policy.priorityDirections());
        }
        if (!diffs.isEmpty()) {
            throw new SaruarException("the journal " + store + " was created with another policy: " + String.join("; ", diffs));
        }
    }

    private static void await(CompletableFuture<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SaruarException("interrupted while waiting for the journal", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new SaruarException("the journal failed to store a record: " + c, c);
        }
    }

    private void checkUsable() {
        RuntimeException f = failure;
        if (f != null) {
            throw new SaruarException("the ledger stopped after a storage failure; reopen it from its journal: " + f.getMessage(), f);
        }
    }

    private void fail(RuntimeException e) {
        failure = e;
        LOG.error("ledger stopped: its journal failed", e);
    }

    private JournalRecord recordAt(long sequence) {
        return decodeChecked(store.read(sequence, 1).get(0));
    }

    /**
     * Decides a command and, if accepted, appends its record to the journal and waits until it is
     * stored. A refused command changes nothing, not even its key: a retry is decided afresh.
     *
     * @throws IllegalArgumentException for a {@link LedgerCommand.Genesis}
     * @throws SaruarException          if the journal fails (the ledger then stops)
     */
    public Decision submit(LedgerCommand command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof LedgerCommand.Genesis) {
            throw new IllegalArgumentException("a genesis record is written by the ledger, not submitted");
        }
        Decision d;
        CompletableFuture<AppendResult> wait;
        synchronized (this) {
            checkUsable();
            Long prior = state.keySequence(command.key());
            if (prior != null) {
                d = repeat(prior, command, Map.of());
                wait = lastAppend;
            } else {
                Instant now = clock.instant();
                Decision.Refused refused = state.check(command, now, policy.expiryPolicy(), this::recordAt);
                if (refused != null) {
                    return refused;
                }
                List<Entry> entries = state.takeEntries();
                long seq = state.nextSequence;
                byte[] bytes = codec.encode(seq, now, command, entries, head, spare);
                try {
                    wait = store.append(seq, List.of(bytes));
                } catch (RuntimeException e) {
                    fail(e);
                    throw new SaruarException("the journal refused record " + seq + ": " + e.getMessage(), e);
                }
                state.apply(seq, now, command, entries);
                byte[] t = head;
                head = spare;
                spare = t;
                lastAppend = wait;
                d = new Decision.Accepted(new JournalRecord(seq, now, command, entries, HashCode.fromBytes(head)));
                maybeSnapshot();
            }
        }
        awaitOrFail(wait);
        return d;
    }

    /**
     * Decides commands in order, as if submitted one after another, and appends the accepted ones'
     * records as one batch: one append, one wait. Decisions are in the order of the commands.
     */
    public List<Decision> submitAll(List<? extends LedgerCommand> commands) {
        Objects.requireNonNull(commands, "commands");
        List<Decision> out = new ArrayList<>(commands.size());
        CompletableFuture<AppendResult> wait;
        synchronized (this) {
            checkUsable();
            Map<Long, JournalRecord> batch = new HashMap<>();
            List<byte[]> records = new ArrayList<>();
            long first = state.nextSequence;
            for (LedgerCommand command : commands) {
                Objects.requireNonNull(command, "command");
                if (command instanceof LedgerCommand.Genesis) {
                    throw new IllegalArgumentException("a genesis record is written by the ledger, not submitted");
                }
            }
            for (LedgerCommand command : commands) {
                Long prior = state.keySequence(command.key());
                if (prior != null) {
                    out.add(repeat(prior, command, batch));
                    continue;
                }
                Instant now = clock.instant();
                Decision.Refused refused = state.check(command, now, policy.expiryPolicy(),
                        s -> batch.containsKey(s) ? batch.get(s) : recordAt(s));
                if (refused != null) {
                    out.add(refused);
                    continue;
                }
                List<Entry> entries = state.takeEntries();
                long seq = state.nextSequence;
                records.add(codec.encode(seq, now, command, entries, head, spare));
                state.apply(seq, now, command, entries);
                byte[] t = head;
                head = spare;
                spare = t;
                JournalRecord rec = new JournalRecord(seq, now, command, entries, HashCode.fromBytes(head));
                batch.put(seq, rec);
                out.add(new Decision.Accepted(rec));
            }
            if (!records.isEmpty()) {
                try {
                    lastAppend = store.append(first, records);
                } catch (RuntimeException e) {
                    fail(e);
                    throw new SaruarException("the journal refused records from " + first + ": " + e.getMessage(), e);
                }
                maybeSnapshot();
            }
            wait = lastAppend;
        }
        awaitOrFail(wait);
        return ImmutableList.copyOf(out);
    }

    private Decision repeat(long prior, LedgerCommand command, Map<Long, JournalRecord> batch) {
        JournalRecord first = batch.containsKey(prior) ? batch.get(prior) : recordAt(prior);
        if (first.command().equals(command)) {
            return new Decision.Accepted(first);
        }
        return new Decision.Refused(command, RefusalReason.KEY_REUSED,
                RefusalReason.KEY_REUSED.template().formatted(command.key().value()), Map.of("firstSequence", prior));
    }

    private void awaitOrFail(CompletableFuture<AppendResult> wait) {
        try {
            await(wait);
        } catch (SaruarException | CompletionException e) {
            fail(e);
            throw e;
        }
    }

    /** The account, if it exists. */
    public synchronized Optional<Account> account(AccountId id) {
        LedgerState.AccountState a = state.accounts.get(Objects.requireNonNull(id, "id"));
        return a == null ? Optional.empty() : Optional.of(a.account);
    }

    /** The account's balance, if it exists. */
    public synchronized Optional<Points> balance(AccountId id) {
        LedgerState.AccountState a = state.accounts.get(Objects.requireNonNull(id, "id"));
        return a == null ? Optional.empty() : Optional.of(Points.of(a.balance));
    }

    /** Every account's balance, the issuer's included (negative: what circulates). */
    public synchronized Map<AccountId, Long> balances() {
        return ImmutableSortedMap.copyOf(state.balances());
    }

    /** The offer as it stands, if it was ever listed. */
    public synchronized Optional<MarketOffer> offer(OfferId id) {
        LedgerState.OfferState o = state.offers.get(Objects.requireNonNull(id, "id"));
        return o == null ? Optional.empty() : Optional.of(o.view());
    }

    /** The coverage report (LFT-04). */
    public synchronized CoverageReport coverage() {
        return state.coverage();
    }

    /** The number of records in the journal, the genesis record included. */
    public synchronized long journalSize() {
        return state.nextSequence;
    }

    /** The hash of the journal's last record, to publish and compare with a later {@link JournalVerifier} run (LFT-06). */
    public synchronized HashCode headHash() {
        return HashCode.fromBytes(head);
    }

    /** The policy this ledger runs with. */
    public LedgerPolicy policy() {
        return policy;
    }

    /** Verifies the whole journal (LFT-06). */
    public VerificationReport verify() {
        return JournalVerifier.verify(store);
    }

    /** The statement of an account for the days {@code from}..{@code to} inclusive in the policy's zone (LFT-06). */
    public Statement statement(AccountId account, LocalDate from, LocalDate to) {
        return Statements.statement(store, account, from, to, policy.zone());
    }

    /** Points moved in each priority direction during the days {@code from}..{@code to} (LFT-08). */
    public Map<String, Long> turnoverByDirection(LocalDate from, LocalDate to) {
        return Statements.turnoverByDirection(store, from, to, policy.zone());
    }

    /**
     * Starts a snapshot in the background if the policy's interval has passed since the last one
     * and none is being written. Called under the lock, after the append of the latest record.
     */
    private void maybeSnapshot() {
        long every = policy.snapshotEvery();
        if (snapshotDir == null || every <= 0 || state.nextSequence - snapshotPosition < every
                || (pendingSnapshot != null && !pendingSnapshot.isDone())) {
            return;
        }
        LedgerSnapshot.Image image = state.image(head, genesisHash);
        CompletableFuture<AppendResult> durable = lastAppend;
        snapshotPosition = image.position();
        if (snapshotter == null) {
            snapshotter = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "ledger-snapshot " + snapshotDir);
                t.setDaemon(true);
                return t;
            });
        }
        try {
            pendingSnapshot = snapshotter.submit(() -> writeSnapshot(image, durable));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("no snapshot at {}: the ledger is closing", image.position());
        }
    }

    /** The state as a snapshot would record it (tests). */
    synchronized LedgerSnapshot.Image image() {
        return state.image(head, genesisHash);
    }

    /** The sequence of the record that first carried {@code key}, or null (tests). */
    synchronized Long keySequence(IdempotencyKey key) {
        return state.keySequence(key);
    }

    /** Writes a snapshot once every record it covers is durable; a failure only costs a longer replay later. */
    private void writeSnapshot(LedgerSnapshot.Image image, CompletableFuture<AppendResult> durable) {
        try {
            await(durable);
        } catch (RuntimeException e) {
            LOG.warn("no snapshot at {}: the journal did not store its records", image.position());
            return;
        }
        synchronized (snapshotWriting) {
            if (image.position() <= lastWritten) {
                return;
            }
            long started = System.nanoTime();
            try {
                Path file = LedgerSnapshot.write(snapshotDir, image);
                lastWritten = image.position();
                LOG.debug("wrote the snapshot {} in {} ms", file, (System.nanoTime() - started) / 1_000_000);
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warn("could not write a snapshot at {} in {}: {}", image.position(), snapshotDir, e.toString());
            }
        }
    }

    /** Writes a snapshot of the current state now, once its records are durable (tests, tools). */
    void snapshotNow() {
        LedgerSnapshot.Image image;
        CompletableFuture<AppendResult> durable;
        Future<?> pending;
        synchronized (this) {
            checkUsable();
            if (snapshotDir == null) {
                throw new IllegalStateException("this ledger has no directory for snapshots");
            }
            pending = pendingSnapshot;
            image = state.image(head, genesisHash);
            durable = lastAppend;
            snapshotPosition = image.position();
        }
        awaitSnapshot(pending);
        writeSnapshot(image, durable);
    }

    private static void awaitSnapshot(Future<?> pending) {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("writing a snapshot failed: {}", e.getCause().toString());
        }
    }

    /**
     * Waits for outstanding appends and a snapshot being written, writes a snapshot if the policy
     * asks for one on close and the journal grew since the last, and, if the ledger opened its
     * store, closes it.
     */
    @Override
    public void close() {
        CompletableFuture<AppendResult> wait;
        Future<?> pending;
        ExecutorService executor;
        synchronized (this) {
            wait = lastAppend;
            pending = pendingSnapshot;
            executor = snapshotter;
        }
        try {
            if (failure == null) {
                await(wait);
            }
            awaitSnapshot(pending);
            if (executor != null) {
                executor.shutdown();
            }
            boolean due;
            synchronized (this) {
                due = failure == null && snapshotDir != null && policy.snapshotOnClose()
                        && state.nextSequence > snapshotPosition;
            }
            if (due) {
                snapshotNow();
            }
        } finally {
            if (ownsStore) {
                try {
                    store.close();
                } catch (StorageException e) {
                    LOG.warn("closing the journal store: {}", e.getMessage());
                }
            }
        }
    }
}
