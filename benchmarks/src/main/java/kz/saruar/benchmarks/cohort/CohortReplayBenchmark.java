package kz.saruar.benchmarks.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.saruar.cohort.Cohort;
import kz.saruar.cohort.CohortCommand;
import kz.saruar.cohort.CohortSnapshots;
import kz.saruar.cohort.CohortState;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.application.ApplicationJson;
import kz.saruar.model.application.ProjectApplication;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reopening a cohort of 10,000 projects (LFT-06 replay), without and with a snapshot: each project
 * applied (APP-03, its four people's personal data sealed with AES-GCM), preselected (APP-10),
 * interviewed (APP-10), and every third rejected (APP-12): about 3.3 events a project. The journal
 * is built once per trial through the cohort's API in memory, a snapshot taken after the first
 * 9,900 projects (so that the last 100 projects, about 330 events, are a tail to replay), and, for
 * the file store, the journal's exact bytes and the snapshot copied into fsync'd file stores in
 * batches of 1,000 records (building through {@code submit} on the file store fsyncs each command).
 * {@link #replay} opens the cohort from position 0: reading, hash-chain checking, decoding,
 * decrypting, re-reading each application through the model's strict reader, and replaying each
 * project's lifecycle; {@link #reopenFromSnapshot} loads the snapshot and replays the tail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CohortReplayBenchmark {
    @Param({"10000"})
    int projects;

    @Param({"memory", "file"})
    String store;

    private final Clock clock = Clock.fixed(OffsetDateTime.parse("2026-03-02T10:00:00+05:00").toInstant(), Kazakhstan.ZONE);
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();
    private JournalStore journal;
    private JournalStore snapshotStore;
    private CohortSnapshots snapshots;
    private Path dir;
    private long events;
    private long snapshotAt;

    @Setup(Level.Trial)
    public void build() throws IOException {
        InMemoryJournalStore memory = new InMemoryJournalStore();
        InMemoryJournalStore memorySnapshots = new InMemoryJournalStore();
        ProjectApplication application = ApplicationJson.read(sample(), clock).value().orElseThrow();
        Actor team = Actor.of("team", ActorRole.TEAM);
        Actor org = Actor.of("org", ActorRole.ORGANIZER);
        Actor experts = Actor.of("experts", ActorRole.EXPERT_GROUP);
        Cohort c = Cohort.create(memory, "bench", Methodology.standard(), org, clock, keys).orElseThrow();
        LocalDate day = LocalDate.ofInstant(clock.instant(), Kazakhstan.ZONE);
        int tail = Math.min(100, projects / 10);
        for (int i = 0; i < projects; i++) {
            if (i == projects - tail) {
                snapshotAt = c.snapshot(CohortSnapshots.on(memorySnapshots)).journalPosition();
            }
            String p = "P-" + i;
            c.submit(new CohortCommand.SubmitApplication(p + "s", team, p, application)).orElseThrow();
            c.submit(new CohortCommand.Lifecycle(p + "p", org, p, new Commands.Preselect())).orElseThrow();
            c.submit(new CohortCommand.Lifecycle(p + "i", experts, p, new Commands.RecordFirstInterview(day))).orElseThrow();
            if (i % 3 == 0) {
                c.submit(new CohortCommand.Lifecycle(p + "r", org, p, new Commands.Reject("NOT_SELECTED", false))).orElseThrow();
            }
        }
        if (store.equals("file")) {
            dir = Files.createTempDirectory("saruar-cohort-bench");
            journal = copy(memory, FileJournalStore.open(dir.resolve("journal")));
            snapshotStore = copy(memorySnapshots, FileJournalStore.open(dir.resolve("snapshots")));
        } else {
            journal = memory;
            snapshotStore = memorySnapshots;
        }
        snapshots = CohortSnapshots.on(snapshotStore);
        events = journal.endPosition();
    }

    private static JournalStore copy(JournalStore from, JournalStore to) {
        for (long p = 0; p < from.endPosition(); ) {
            List<StoredRecord> page = from.read(p, 1000);
            to.append(p, page.stream().map(StoredRecord::payload).toList()).join();
            p += page.size();
        }
        return to;
    }

    private static String sample() throws IOException {
        try (var in = CohortReplayBenchmark.class.getResourceAsStream("/samples/application.json")) {
            if (in != null) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of("examples/src/main/resources/samples/application.json"));
    }

    @TearDown(Level.Trial)
    public void close() {
        journal.close();
        snapshotStore.close();
        System.out.println("events in the journal: " + events + "; snapshot at " + snapshotAt);
        if (dir != null) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Prints the CPU time the measured thread spent in one call: on a machine shared by other
     * builds the wall-clock time mostly measures waiting for a core, the CPU time much less so.
     */
    private static void cpu(String what, long startNanos) {
        long ms = (THREADS.getCurrentThreadCpuTime() - startNanos) / 1_000_000;
        System.out.println(what + " thread CPU time: " + ms + " ms");
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Opens the cohort from its journal: the full replay. */
    @Benchmark
    public CohortState replay() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        CohortState s = Cohort.open(journal, clock, keys).state();
        cpu("replay", cpu);
        if (s.projects().size() != projects) {
            throw new IllegalStateException("replayed " + s.projects().size() + " projects");
        }
        return s;
    }

    /** Opens the cohort from its snapshot and replays the tail after it. */
    @Benchmark
    public CohortState reopenFromSnapshot() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        Cohort c = Cohort.open(journal, clock, keys, snapshots);
        CohortState s = c.state();
        cpu("reopenFromSnapshot", cpu);
        if (c.replayedFrom() != snapshotAt) {
            throw new IllegalStateException("the snapshot at " + snapshotAt + " was not used");
        }
        if (s.projects().size() != projects) {
            throw new IllegalStateException("reopened " + s.projects().size() + " projects");
        }
        return s;
    }
}
