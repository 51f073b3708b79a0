package kz.saruar.benchmarks.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.JournalRecord;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerCommand;
import kz.saruar.ledger.OfferId;
import kz.saruar.model.decision.Outcome;

/** The transfer workload of the ledger benchmarks: 1,024 participants of one project paying each other 1 point (LFT-03). */
public final class LedgerWorkload {
    /** Participants that pay each other. */
    public static final int ACCOUNTS = 1024;
    static final ActorId PLATFORM = ActorId.of("platform");
    static final AccountId PROJECT = AccountId.of("project:bench");
    static final ActorId TEAM = ActorId.of("team:bench");
    static final AccountId[] IDS = new AccountId[ACCOUNTS];
    static final ActorId[] ACTORS = new ActorId[ACCOUNTS];

    static {
        for (int i = 0; i < ACCOUNTS; i++) {
            IDS[i] = AccountId.of("participant:" + i);
            ACTORS[i] = ActorId.of("person:" + i);
        }
    }

    private LedgerWorkload() {
    }

    private static void accept(Ledger l, LedgerCommand c) {
        Outcome<JournalRecord> d = l.submit(c);
        if (!d.accepted()) {
            throw new IllegalStateException("setup refused: " + d);
        }
    }

    /** Opens the project and participants, backs them with a large offer and funds every participant. */
    public static Ledger populate(Ledger l) {
        List<LedgerCommand> setup = new ArrayList<>();
        setup.add(new LedgerCommand.OpenAccount(IdempotencyKey.of("s-project"), PLATFORM, PROJECT, AccountKind.PROJECT, TEAM, Optional.empty()));
        setup.add(new LedgerCommand.ListOffer(IdempotencyKey.of("s-offer"), TEAM, OfferId.of("hall"), PROJECT,
                1_000_000_000L, 1_000_000_000L, Optional.empty()));
        setup.add(new LedgerCommand.Issue(IdempotencyKey.of("s-issue"), PLATFORM, PROJECT, 2_000_000_000_000_000L));
        for (int i = 0; i < ACCOUNTS; i++) {
            setup.add(new LedgerCommand.OpenAccount(IdempotencyKey.of("s-open-" + i), PLATFORM, IDS[i], AccountKind.PARTICIPANT,
                    ACTORS[i], Optional.of(PROJECT)));
            setup.add(new LedgerCommand.Reward(IdempotencyKey.of("s-fund-" + i), TEAM, PROJECT, IDS[i], 1_000_000_000_000L,
                    Optional.empty()));
        }
        for (Outcome<JournalRecord> d : l.submitAll(setup)) {
            if (!d.accepted()) {
                throw new IllegalStateException("setup refused: " + d);
            }
        }
        accept(l, new LedgerCommand.PayForService(IdempotencyKey.of("s-check"), ACTORS[0], IDS[0], IDS[1], 1));
        return l;
    }

    /** The {@code i}-th transfer: participant i pays participant i+1 one point under key {@code prefix + i}. */
    public static LedgerCommand transfer(String prefix, long i) {
        int from = (int) (i % ACCOUNTS);
        int to = (from + 1) % ACCOUNTS;
        return new LedgerCommand.PayForService(IdempotencyKey.of(prefix + i), ACTORS[from], IDS[from], IDS[to], 1);
    }

    /** Deletes a benchmark directory. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh directory under {@code saruar.bench.dir} (default: the system temp dir). */
    public static Path freshDir(String name) {
        try {
            Path base = Path.of(System.getProperty("saruar.bench.dir", System.getProperty("java.io.tmpdir")));
            Files.createDirectories(base);
            return Files.createTempDirectory(base, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
