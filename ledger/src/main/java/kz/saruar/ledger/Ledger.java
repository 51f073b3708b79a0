package kz.saruar.ledger;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LIFTCOIN ledger (LFT-01..08, docs/rules.md): takes commands, decides them as
 * values ({@link Outcome}: accepted with the {@link JournalRecord}, or refused with a
 * {@link Reason} whose code is a {@link RefusalReason}), and appends every accepted one to a
 * hash-chained journal ({@code HashChain}) on a {@link JournalStore}. Opening replays the journal
 * ({@code LedgerRecovery}); a ledger on a directory writes snapshots ({@code Snapshotter}).
 *
 * <p><b>Threads.</b> Safe for any number of threads. Commands are decided one at a time under the
 * ledger's lock; waiting for the store's durability happens outside it, so concurrent commands
 * share an fsync (group commit). {@link #submit} returns only when the command's record is
 * stored as the store promises; {@link #submitAsync} returns at once with a future completed
 * then. A decision that depends on an earlier command is returned after that command's record is
 * durable too. Concurrent {@link #submit} calls are decided by one calling thread at a time for
 * all of them (flat combining), and each caller sleeps once, until its record is durable. An
 * interrupt does not cut short {@link #submit} or {@link #submitAll}: the command is stored all
 * the same, and the thread's interrupt status is kept.
 *
 * <p><b>Failure.</b> If the store fails, the ledger stops (fail-stop): every later call throws
 * {@link SaruarException}; reopen it from the journal.
 */
public final class Ledger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);

    private final JournalStore store;
    private final boolean ownsStore;
    private final LedgerPolicy policy;
    private final Clock clock;
    private final LedgerState state;
    private final JournalCodec codec = new JournalCodec();
    private final HashChain chain;
    private final byte[] genesisHash;
    private CompletableFuture<AppendResult> lastAppend;
    private volatile RuntimeException failure;
    /** Commands queued by {@link #submit}, newest first, until a combining thread decides them. */
    private final AtomicReference<Waiting> queued = new AtomicReference<>();
    /** Held by the one thread deciding queued commands. */
    private final AtomicBoolean combining = new AtomicBoolean();
    /** Writes snapshots, or null for none (a store that is not a directory of ours). */
    private final Snapshotter snapshots;

    private Ledger(JournalStore store, boolean ownsStore, LedgerPolicy policy, Clock clock, LedgerRecovery.Opened o,
            Path snapshotDir) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.policy = policy;
        this.clock = clock;
        this.state = o.state();
        this.chain = o.chain();
        this.genesisHash = o.genesisHash();
        this.lastAppend = o.lastAppend();
        this.snapshots = snapshotDir == null ? null : new Snapshotter(snapshotDir, policy.snapshotEvery(), o.snapshotPosition());
    }

    /**
     * Opens the ledger on {@code store}: an empty store gets a genesis record with the policy's
     * figures; a non-empty one is verified and replayed, and its genesis must match the policy.
     * The caller keeps ownership of the store.
     *
     * @throws SaruarException if the journal is damaged or was created with another policy
     */
    public static Ledger open(JournalStore store, LedgerPolicy policy, Clock clock) {
        return open(store, false, policy, clock, null);
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
        LedgerCommand.Genesis g = LedgerRecovery.genesisOf(store);
        LedgerPolicy policy = LedgerPolicy.builder().issuer(g.issuer()).platform(g.actor())
                .coverageRatio(g.coverageRatio()).retirePointsPaidToBusinesses(g.retirePointsPaidToBusinesses())
                .priorityDirections(g.priorityDirections()).build();
        return open(store, false, policy, clock, null);
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
            return open(store, true, policy, clock, dir);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A new ledger in memory, for tests and throwaway use. */
    public static Ledger inMemory(LedgerPolicy policy, Clock clock) {
        return open(new InMemoryJournalStore(), true, policy, clock, null);
    }

    private static Ledger open(JournalStore store, boolean owns, LedgerPolicy policy, Clock clock, Path snapshotDir) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(clock, "clock");
        return new Ledger(store, owns, policy, clock, LedgerRecovery.open(store, policy, clock, snapshotDir), snapshotDir);
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
        return LedgerRecovery.decodeChecked(store.read(sequence, 1).get(0));
    }

    private static void checkSubmittable(LedgerCommand command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof LedgerCommand.Genesis) {
            throw new IllegalArgumentException("a genesis record is written by the ledger, not submitted");
        }
    }

    /** A decided command and the append its answer waits for (null: nothing to wait for). */
    private record Pending(Outcome<JournalRecord> outcome, CompletableFuture<AppendResult> durable) {
    }

    /** Decides one command under the lock and, if accepted, hands its record to the store. */
    private synchronized Pending decide(LedgerCommand command) {
        checkUsable();
        Long prior = state.keySequence(command.key());
        if (prior != null) {
            return new Pending(repeat(prior, command, Map.of()), lastAppend);
        }
        Instant now = clock.instant();
        Reason refused = state.check(command, now, policy.expiryPolicy(), this::recordAt);
        if (refused != null) {
            return new Pending(Outcome.refused(refused), null);
        }
        List<Entry> entries = state.takeEntries();
        long seq = state.nextSequence;
        byte[] bytes = codec.encode(seq, now, command, entries, chain);
        CompletableFuture<AppendResult> wait;
        try {
            wait = store.append(seq, List.of(bytes));
        } catch (RuntimeException e) {
            fail(e);
            throw new SaruarException("the journal refused record " + seq + ": " + e.getMessage(), e);
        }
        state.apply(seq, now, command, entries);
        lastAppend = wait;
        maybeSnapshot();
        return new Pending(Outcome.accepted(new JournalRecord(seq, now, command, entries, chain.headHash())), wait);
    }

    /**
     * Decides a command and, if accepted, appends its record to the journal and waits until it is
     * stored: accepted with the {@link JournalRecord}, or refused with one {@link Reason} (its code
     * a {@link RefusalReason}, its figures by name, e.g. {@code shortfall} for LFT-04). A refused
     * command changes nothing, not even its key: a retry is decided afresh. A repeat of an accepted
     * command under the same key returns an equal outcome (LFT-07).
     *
     * <p>Concurrent calls are decided in arrival order by one of the calling threads at a time
     * (flat combining): a caller queues its command and either decides every queued command
     * under the lock, appending the accepted records as one batch, or sleeps until its own outcome
     * is final. Either way each caller sleeps once, until its record is durable, instead of
     * queueing for the lock and then for the disk.
     *
     * @throws IllegalArgumentException for a {@link LedgerCommand.Genesis}
     * @throws SaruarException          if the journal fails (the ledger then stops)
     */
    public Outcome<JournalRecord> submit(LedgerCommand command) {
        checkSubmittable(command);
        if (FileJournalStore.isWriterThread()) {
            // a callback of the journal's writer submits: it must not sleep until another thread
            // answers, as that would need the writer; waiting on the append writes it right here
            Pending p = decide(command);
            if (p.durable() != null) {
                awaitOrFail(p.durable());
            }
            return p.outcome();
        }
        if (queued.get() == null && combining.compareAndSet(false, true)) {
            // nobody else is deciding: decide this command directly (no queue entry)
            Pending p;
            try {
                p = decide(command);
            } finally {
                combining.set(false);
                decideQueued();
            }
            if (p.durable() != null) {
                awaitOrFail(p.durable());
            }
            return p.outcome();
        }
        Waiting w = new Waiting(command, Thread.currentThread());
        Waiting head;
        boolean interrupted = false;
        do {
            head = queued.get();
            w.next = head;
        } while (!queued.compareAndSet(head, w));
        while (true) {
            if (queued.get() != null) {
                if (w.done) {
                    // someone must decide what is queued; hand it to a queued thread rather than
                    // deciding for others after our own answer is final
                    Waiting h = queued.get();
                    if (h != null && !combining.get()) {
                        LockSupport.unpark(h.thread);
                    }
                    break;
                }
                if (combining.compareAndSet(false, true)) {
                    try {
                        combine();
                    } finally {
                        combining.set(false);
                    }
                    continue; // whatever was queued meanwhile is ours to decide or hand on
                }
            }
            if (w.done) {
                break;
            }
            LockSupport.park(this);
            // an interrupt does not abandon the command: it is decided and stored all the same,
            // and a thread that left could not pass on the deciding (see above)
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (w.error != null) {
            throw w.error;
        }
        return w.outcome;
    }

    /** Decides what other threads queued meanwhile, so that no command is left undecided when a decider leaves. */
    private void decideQueued() {
        while (queued.get() != null && combining.compareAndSet(false, true)) {
            try {
                combine();
            } finally {
                combining.set(false);
            }
        }
    }

    /** A command queued by {@link #submit}, and its answer once final. */
    private static final class Waiting {
        final LedgerCommand command;
        final Thread thread;
        /** The next older queued command (a stack; the combiner reverses it). */
        Waiting next;
        /** Written before {@link #done}. */
        Outcome<JournalRecord> outcome;
        RuntimeException error;
        /** Answered when the batch is durable (accepted, or a repeat), not at once (refused, failed). */
        boolean waitsForDurability;
        volatile boolean done;

        Waiting(LedgerCommand command, Thread thread) {
            this.command = command;
            this.thread = thread;
        }

        void finish() {
            done = true;
            wake(thread);
        }

        private static void wake(Thread t) {
            if (t != Thread.currentThread()) {
                LockSupport.unpark(t);
            }
        }
    }

    /**
     * Decides every queued command in arrival order under the lock, appends the accepted records
     * as one batch, answers the refused ones at once and the others when the batch (and whatever
     * it depends on) is durable. Called by the one thread that holds {@link #combining}.
     */
    private void combine() {
        Waiting h = queued.getAndSet(null);
        Waiting first = null;
        while (h != null) {
            Waiting n = h.next;
            h.next = first;
            first = h;
            h = n;
        }
        List<Waiting> waiting = new ArrayList<>();
        CompletableFuture<AppendResult> durable = null;
        synchronized (this) {
            Map<Long, JournalRecord> batch = new HashMap<>(4);
            List<byte[]> records = new ArrayList<>();
            long firstSeq = state.nextSequence;
            for (Waiting w = first; w != null; w = w.next) {
                try {
                    checkUsable();
                    LedgerCommand command = w.command;
                    Long prior = state.keySequence(command.key());
                    if (prior != null) {
                        w.outcome = repeat(prior, command, batch);
                        w.waitsForDurability = true;
                        waiting.add(w);
                        continue;
                    }
                    w.outcome = decideInBatch(command, batch, records);
                    if (w.outcome.accepted()) {
                        w.waitsForDurability = true;
                        waiting.add(w);
                    }
                } catch (RuntimeException e) {
                    w.error = e;
                }
            }
            if (!records.isEmpty()) {
                try {
                    lastAppend = store.append(firstSeq, records);
                    maybeSnapshot();
                } catch (RuntimeException e) {
                    fail(e);
                    SaruarException x = new SaruarException("the journal refused records from " + firstSeq + ": " + e.getMessage(), e);
                    for (Waiting w : waiting) {
                        w.error = x;
                        w.waitsForDurability = false;
                    }
                    waiting.clear();
                }
            }
            durable = lastAppend;
        }
        for (Waiting w = first; w != null; ) {
            Waiting next = w.next;
            if (!w.waitsForDurability) {
                w.finish();
            }
            w = next;
        }
        if (!waiting.isEmpty()) {
            if (durable.isDone()) {
                answer(waiting, durable);
            } else {
                CompletableFuture<AppendResult> d = durable;
                durable.whenComplete((r, e) -> answer(waiting, d));
            }
        }
    }

    /** Answers decided commands once {@code durable} has completed: their outcomes, or the journal's failure. */
    private void answer(List<Waiting> waiting, CompletableFuture<AppendResult> durable) {
        RuntimeException error = null;
        try {
            awaitOrFail(durable); // complete already: returns or throws at once
        } catch (SaruarException e) {
            error = e;
        }
        // woken one by one by the thread completing the batch (the journal's writer): waking them
        // as a tree (each woken thread waking two more) was measured slower on this 2-core machine
        // under load, where each level of the tree waits for the scheduler
        for (Waiting w : waiting) {
            if (error != null) {
                w.error = error;
            }
            w.finish();
        }
    }

    /**
     * Decides a command now, as {@link #submit} does, and returns a future completed with its
     * outcome once its record (and every record it depends on) is stored; a refusal completes at
     * once. Lets a caller keep many commands in flight without a thread each. The future fails
     * with a {@link SaruarException} if the journal fails (the ledger then stops).
     *
     * @throws IllegalArgumentException for a {@link LedgerCommand.Genesis}
     * @throws SaruarException          if the ledger has already stopped
     */
    public CompletableFuture<Outcome<JournalRecord>> submitAsync(LedgerCommand command) {
        checkSubmittable(command);
        Pending p = decide(command);
        if (p.durable() == null) {
            return CompletableFuture.completedFuture(p.outcome());
        }
        Outcome<JournalRecord> outcome = p.outcome();
        return p.durable().handle((r, e) -> {
            if (e != null) {
                Throwable c = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                SaruarException x = new SaruarException("the journal failed to store a record: " + c, c);
                fail(x);
                throw x;
            }
            return outcome;
        });
    }

    /**
     * Decides commands in order, as if submitted one after another, and appends the accepted ones'
     * records as one batch: one append, one wait. Outcomes are in the order of the commands.
     */
    public List<Outcome<JournalRecord>> submitAll(List<? extends LedgerCommand> commands) {
        Objects.requireNonNull(commands, "commands");
        for (LedgerCommand command : commands) {
            checkSubmittable(command);
        }
        List<Outcome<JournalRecord>> out = new ArrayList<>(commands.size());
        CompletableFuture<AppendResult> wait;
        synchronized (this) {
            checkUsable();
            Map<Long, JournalRecord> batch = new HashMap<>();
            List<byte[]> records = new ArrayList<>();
            long first = state.nextSequence;
            for (LedgerCommand command : commands) {
                Long prior = state.keySequence(command.key());
                if (prior != null) {
                    out.add(repeat(prior, command, batch));
                    continue;
                }
                out.add(decideInBatch(command, batch, records));
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

    /**
     * Decides one command on the state after the batch so far (LFT-06): its refusal, or its record,
     * applied to the state, encoded onto {@code records} and added to {@code batch}.
     */
    private Outcome<JournalRecord> decideInBatch(LedgerCommand command, Map<Long, JournalRecord> batch,
            List<byte[]> records) {
        Instant now = clock.instant();
        Reason refused = state.check(command, now, policy.expiryPolicy(),
                s -> batch.containsKey(s) ? batch.get(s) : recordAt(s));
        if (refused != null) {
            return Outcome.refused(refused);
        }
        List<Entry> entries = state.takeEntries();
        long seq = state.nextSequence;
        records.add(codec.encode(seq, now, command, entries, chain));
        state.apply(seq, now, command, entries);
        JournalRecord rec = new JournalRecord(seq, now, command, entries, chain.headHash());
        batch.put(seq, rec);
        return Outcome.accepted(rec);
    }

    private Outcome<JournalRecord> repeat(long prior, LedgerCommand command, Map<Long, JournalRecord> batch) {
        JournalRecord first = batch.containsKey(prior) ? batch.get(prior) : recordAt(prior);
        if (first.command().equals(command)) {
            return Outcome.accepted(first);
        }
        return Outcome.refused(RefusalReason.KEY_REUSED.reason(LedgerState.subject(command),
                kz.saruar.model.decision.Figure.of("key", command.key().value()),
                kz.saruar.model.decision.Figure.of("firstSequence", prior)));
    }

    /**
     * Waits until {@code durable} completes, through interrupts (the record is stored all the same;
     * the interrupt is kept for the caller); if the store failed, stops the ledger and throws.
     */
    private void awaitOrFail(CompletableFuture<AppendResult> durable) {
        try {
            durable.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            Throwable c = e.getCause() != null ? e.getCause() : e;
            SaruarException x = new SaruarException("the journal failed to store a record: " + c, c);
            fail(x);
            throw x;
        }
    }

    /** The account, if it exists. */
    public synchronized Optional<Account> account(AccountId id) {
        LedgerState.AccountState a = state.accounts.get(Objects.requireNonNull(id, "id"));
        return a == null ? Optional.empty() : Optional.of(a.account);
    }

    /** The account's balance, if it exists. */
    public synchronized OptionalLong balance(AccountId id) {
        LedgerState.AccountState a = state.accounts.get(Objects.requireNonNull(id, "id"));
        return a == null ? OptionalLong.empty() : OptionalLong.of(a.balance);
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
    public synchronized ChainHash headHash() {
        return chain.headHash();
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

    /** Starts a background snapshot if one is due. Called under the lock, after the latest append. */
    private void maybeSnapshot() {
        if (snapshots != null) {
            snapshots.maybe(state.nextSequence, () -> state.image(chain.head(), genesisHash), lastAppend);
        }
    }

    /** The state as a snapshot would record it (tests). */
    synchronized LedgerSnapshot.Image image() {
        return state.image(chain.head(), genesisHash);
    }

    /** The sequence of the record that first carried {@code key}, or null (tests). */
    synchronized Long keySequence(IdempotencyKey key) {
        return state.keySequence(key);
    }

    /** Writes a snapshot of the current state now, once its records are durable (tests, tools). */
    void snapshotNow() {
        LedgerSnapshot.Image image;
        CompletableFuture<AppendResult> durable;
        Future<?> pending;
        synchronized (this) {
            checkUsable();
            if (snapshots == null) {
                throw new IllegalStateException("this ledger has no directory for snapshots");
            }
            image = state.image(chain.head(), genesisHash);
            durable = lastAppend;
            pending = snapshots.takeNow(image);
        }
        Snapshotter.await(pending);
        snapshots.write(image, durable);
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
        synchronized (this) {
            wait = lastAppend;
            pending = snapshots == null ? null : snapshots.stop();
        }
        try {
            if (failure == null) {
                LedgerRecovery.await(wait);
            }
            Snapshotter.await(pending);
            boolean due;
            synchronized (this) {
                due = failure == null && snapshots != null && policy.snapshotOnClose()
                        && state.nextSequence > snapshots.position();
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
