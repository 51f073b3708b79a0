package kz.saruar.ledger;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import kz.saruar.model.SaruarException;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a ledger's state back from its journal (LFT-06, LFT-07): writes the genesis record of an
 * empty journal, or starts from the newest usable snapshot and replays the records after it, or
 * replays the whole journal, checking the hash chain as it goes. Never trusts a snapshot that does
 * not match the journal.
 */
final class LedgerRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerRecovery.class);
    private static final IdempotencyKey GENESIS_KEY = IdempotencyKey.of("genesis");

    private LedgerRecovery() {
    }

    /**
     * What opening found: the state, the chain after the last record, the genesis record's hash,
     * the position of the snapshot started from (0: none) and the append to wait for.
     */
    record Opened(LedgerState state, HashChain chain, byte[] genesisHash, long snapshotPosition,
            CompletableFuture<AppendResult> lastAppend) {
    }

    static Opened open(JournalStore store, LedgerPolicy policy, Clock clock, Path snapshotDir) {
        if (store.endPosition() == 0) {
            LedgerCommand.Genesis g = new LedgerCommand.Genesis(GENESIS_KEY, policy.platform(), policy.issuer(),
                    policy.coverageRatio(), policy.retirePointsPaidToBusinesses(), policy.priorityDirections());
            Instant now = clock.instant();
            HashChain chain = new HashChain();
            byte[] bytes = new JournalCodec().encode(0, now, g, List.of(), chain);
            CompletableFuture<AppendResult> f = store.append(0, List.of(bytes));
            await(f);
            return new Opened(new LedgerState(g, now, 1024), chain, chain.head(), 0, f);
        }
        if (snapshotDir != null && policy.loadSnapshots()) {
            Opened o = fromSnapshot(store, policy, snapshotDir);
            if (o != null) {
                return o;
            }
        }
        HashChain chain = new HashChain();
        LedgerState state = replay(store, policy, chain, null, 0);
        byte[] genesisHash = HashChain.hashOf(store.read(0, 1).get(0).payload());
        return new Opened(state, chain, genesisHash, 0, CompletableFuture.completedFuture(null));
    }

    static LedgerCommand.Genesis genesisOf(JournalStore store) {
        JournalRecord first = decodeChecked(store.read(0, 1).get(0));
        if (!(first.command() instanceof LedgerCommand.Genesis g)) {
            throw new SaruarException("the journal " + store + " does not start with a genesis record");
        }
        return g;
    }

    static JournalRecord decodeChecked(StoredRecord r) {
        return decodeChecked(r.position(), r.payload());
    }

    private static JournalRecord decodeChecked(long position, byte[] bytes) {
        try {
            return JournalCodec.decode(bytes);
        } catch (JournalCodec.MalformedRecordException e) {
            throw new SaruarException("journal record " + position + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Opens from the newest usable snapshot and replays the journal after it; null if there is none. */
    private static Opened fromSnapshot(JournalStore store, LedgerPolicy policy, Path dir) {
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
        byte[] genesisHash = HashChain.hashOf(genesisBytes);
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
            if (!HashChain.endsAt(at, s.position(), s.head()) || !Arrays.equals(genesisHash, s.genesisHash())) {
                LOG.warn("ignoring the snapshot {}: its hashes do not match the journal's records 0 and {}", file,
                        s.position() - 1);
                continue;
            }
            try {
                LedgerState state = LedgerState.restore(g, s, end - s.position());
                HashChain chain = new HashChain(s.position(), s.head());
                state = replay(store, policy, chain, state, s.position());
                LOG.debug("ledger opened from the snapshot {} and replayed {} journal records after it", file,
                        end - s.position());
                return new Opened(state, chain, genesisHash, s.position(), CompletableFuture.completedFuture(null));
            } catch (RuntimeException e) {
                LOG.warn("the snapshot {} could not be continued ({}); replaying the whole journal", file, e.getMessage());
                return null;
            }
        }
        return null;
    }

    /**
     * Replays the journal from {@code from} into {@code initial} (null: from the genesis record),
     * checking the hash chain with {@code chain} as it goes.
     */
    private static LedgerState replay(JournalStore store, LedgerPolicy policy, HashChain chain, LedgerState initial,
            long from) {
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
            CompletableFuture<Optional<VerificationReport.Problem>> checked =
                    CompletableFuture.supplyAsync(() -> chain.checkAll(bytes));
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

    /** Waits for an append; a failure or interruption becomes a {@link SaruarException}. */
    static void await(CompletableFuture<?> f) {
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
}
