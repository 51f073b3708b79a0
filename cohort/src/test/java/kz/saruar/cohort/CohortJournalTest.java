package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Language;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.lifecycle.Commands;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import kz.saruar.spi.testkit.storage.RacingJournalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's guarantees (LFT-06 as the cohort applies it): idempotency, concurrency, the hash chain, versions, erasure. */
class CohortJournalTest {
    private final Fixture.TestClock clock = new Fixture.TestClock(Fixture.START);
    private final InMemoryJournalStore store = new InMemoryJournalStore();
    private final InMemoryPersonKeys keys = new InMemoryPersonKeys();

    private Cohort withProjects(int n) {
        Cohort c = Fixture.create(store, clock, keys);
        for (int i = 1; i <= n; i++) {
            String p = String.format("P-%02d", i);
            c.submit(new CohortCommand.SubmitApplication("sub-" + p, Fixture.TEAM, p, Fixture.application())).orElseThrow();
        }
        return c;
    }

    @Test
    void LFT_06_a_repeated_key_returns_the_first_receipt_and_writes_nothing() {
        Cohort c = withProjects(1);
        CohortCommand preselect = new CohortCommand.Lifecycle("k", Fixture.ORGANIZER, "P-01", new Commands.Preselect());
        CohortReceipt first = c.submit(preselect).orElseThrow();
        long end = store.endPosition();
        assertThat(c.submit(preselect).orElseThrow()).isEqualTo(first);
        assertThat(store.endPosition()).isEqualTo(end);
        // after reopening too
        assertThat(Cohort.open(store, clock, keys).submit(preselect).orElseThrow()).isEqualTo(first);
    }

    @Test
    void LFT_06_a_key_reused_for_another_command_is_refused() {
        Cohort c = withProjects(1);
        c.submit(new CohortCommand.Lifecycle("k", Fixture.ORGANIZER, "P-01", new Commands.Preselect())).orElseThrow();
        Outcome<CohortReceipt> other = c.submit(new CohortCommand.Lifecycle("k", Fixture.ORGANIZER, "P-01",
                new Commands.Reject("OUT_OF_SCOPE", true)));
        assertThat(other.reasons()).extracting(Reason::code).containsExactly("KEY_REUSED");
    }

    @Test
    void APP_10_a_refused_command_writes_nothing_and_names_its_rules() {
        Cohort c = withProjects(1);
        long end = store.endPosition();
        Outcome<CohortReceipt> r = c.submit(new CohortCommand.Lifecycle("k", Fixture.TEAM, "P-01", new Commands.Preselect()));
        assertThat(r.reasons()).extracting(x -> x.rule().value()).containsOnly("APP-10");
        assertThat(store.endPosition()).isEqualTo(end);
        assertThat(c.submit(new CohortCommand.Lifecycle("k2", Fixture.ORGANIZER, "P-99", new Commands.Preselect()))
                .reasons()).extracting(Reason::code).containsExactly("UNKNOWN_PROJECT");
    }

    @Test
    void LFT_06_two_writers_racing_on_one_journal_lose_no_update() throws Exception {
        withProjects(8);
        Cohort a = Cohort.open(store, clock, keys);
        Cohort b = Cohort.open(store, clock, keys);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> conflicts = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        for (Cohort writer : List.of(a, b)) {
            String name = writer == a ? "a" : "b";
            pool.submit(() -> {
                go.await();
                for (int i = 1; i <= 8; i++) {
                    String p = String.format("P-%02d", i);
                    // both writers race to end the same project: a rejects it, b withdraws it; only one can
                    CohortCommand cmd = name.equals("a")
                            ? new CohortCommand.Lifecycle("rej-" + p, Fixture.ORGANIZER, p, new Commands.Reject("LATE", false))
                            : new CohortCommand.Lifecycle("wd-" + p, Fixture.TEAM, p, new Commands.Withdraw("changed plans"));
                    while (true) {
                        Outcome<CohortReceipt> o = writer.submit(cmd);
                        if (o.accepted()) {
                            accepted.add(name + p);
                            break;
                        }
                        if (o.reasons().get(0).code().equals("CONCURRENT_WRITE")) {
                            conflicts.add(name + p);
                            continue; // retryable: the writer has caught up and decides again
                        }
                        break; // refused on the new state: the other writer decided the project first
                    }
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        Cohort reopened = Cohort.open(store, clock, keys);
        for (int i = 1; i <= 8; i++) {
            String p = String.format("P-%02d", i);
            // exactly one of the two decisions took effect, and it is the one the journal holds
            long took = accepted.stream().filter(s -> s.endsWith(p)).count();
            assertThat(took).as(p).isEqualTo(1);
            ProjectState s = reopened.state().project(p).orElseThrow().state();
            assertThat(s).isEqualTo(accepted.contains("a" + p) ? ProjectState.REJECTED : ProjectState.WITHDRAWN);
        }
        a.refresh();
        b.refresh();
        assertThat(a.state()).isEqualTo(reopened.state());
        assertThat(b.state()).isEqualTo(reopened.state());
    }

    @Test
    void LFT_06_a_conflicting_append_is_a_retryable_refusal() {
        withProjects(1);
        Cohort a = Cohort.open(store, clock, keys);
        Cohort b = Cohort.open(store, clock, keys);
        // b's view is stale only between its catch-up and its append; emulate the race with a store that grows in between
        JournalStore racing = RacingJournalStore.rivalFirst(store, () -> a.submit(new CohortCommand.Lifecycle("a", Fixture.ORGANIZER,
                "P-01", new Commands.Preselect())).orElseThrow());
        Cohort b2 = Cohort.open(racing, clock, keys);
        Outcome<CohortReceipt> lost = b2.submit(new CohortCommand.Lifecycle("b", Fixture.ORGANIZER, "P-01",
                new Commands.Reject("LATE", false)));
        assertThat(lost.reasons()).extracting(Reason::code).containsExactly("CONCURRENT_WRITE");
        assertThat(lost.reasons().get(0).figure("retryable")).hasValue(true);
        assertThat(b2.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.PRESELECTED);
        b.refresh();
        assertThat(b.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.PRESELECTED);
    }

    @Test
    void LFT_06_a_race_lost_when_the_other_node_commits_is_the_same_retryable_refusal() {
        withProjects(1);
        Cohort a = Cohort.open(store, clock, keys);
        Cohort b = Cohort.open(RacingJournalStore.rivalCommitsFirst(store, () -> a.submit(new CohortCommand.Lifecycle("a", Fixture.ORGANIZER,
                "P-01", new Commands.Preselect())).orElseThrow()), clock, keys);
        Outcome<CohortReceipt> lost = b.submit(new CohortCommand.Lifecycle("b", Fixture.ORGANIZER, "P-01",
                new Commands.Reject("LATE", false)));
        assertThat(lost.reasons()).extracting(Reason::code).containsExactly("CONCURRENT_WRITE");
        assertThat(lost.reasons().get(0).figure("retryable")).hasValue(true);
        // nothing of b's is written: the journal ends where a's preselection left it
        assertThat(store.endPosition()).isEqualTo(a.position());
        assertThat(lost.reasons().get(0).figure("position")).hasValue(a.position());
        assertThat(b.state().project("P-01").orElseThrow().state()).isEqualTo(ProjectState.PRESELECTED);
    }

    @Test
    void PRE_05_a_booking_that_lost_the_race_at_commit_leaves_no_trace_in_the_consultation_book() {
        Cohort c = withProjects(1);
        Journey.toPreAcceleration(c, "P-01", LocalDate.of(2026, 3, 4));
        java.time.Instant from = Journey.at("2026-03-10T10:00:00+05:00");
        kz.saruar.model.lifecycle.Actor expert = kz.saruar.model.lifecycle.Actor.of("EXP-9",
                kz.saruar.model.methodology.ActorRole.EXPERT_GROUP);
        c.submit(new CohortCommand.PublishAvailability("av", expert, "EXP-9", from,
                Journey.at("2026-03-10T18:00:00+05:00"))).orElseThrow();
        // the rival writes something else; the booking's own append is then told it lost
        Cohort rival = Cohort.open(store, clock, keys);
        Cohort b = Cohort.open(RacingJournalStore.rivalCommitsFirst(store, () -> rival.submit(new CohortCommand.PublishAvailability("av2",
                expert, "EXP-9", Journey.at("2026-03-11T10:00:00+05:00"), Journey.at("2026-03-11T18:00:00+05:00")))
                .orElseThrow()), clock, keys);
        CohortCommand book = new CohortCommand.BookConsultation("bk", Fixture.TEAM, "P-01", "EXP-9",
                Journey.at("2026-03-10T11:00:00+05:00"));
        assertThat(b.submit(book).reasons()).extracting(Reason::code).containsExactly("CONCURRENT_WRITE");
        assertThat(b.state().consultations()).isEmpty();
        // the retry is decided afresh on the caught-up state: not refused as overlapping a booking never written
        assertThat(b.submit(book).reasons()).isEmpty();
        assertThat(b.state().consultations()).hasSize(1);
        assertThat(Cohort.open(store, clock, keys).state()).isEqualTo(b.state());
    }

    @Test
    void LFT_06_verify_names_the_first_altered_event() {
        Cohort c = withProjects(3);
        c.submit(new CohortCommand.Lifecycle("k", Fixture.ORGANIZER, "P-01", new Commands.Preselect())).orElseThrow();
        List<StoredRecord> records = store.read(0, 100);
        assertThat(Cohort.verify(store).ok()).isTrue();
        for (int k = 0; k < records.size(); k++) {
            byte[] original = records.get(k).payload();
            for (int i = 0; i < original.length; i += Math.max(1, original.length / 13)) {
                InMemoryJournalStore copy = new InMemoryJournalStore();
                for (StoredRecord r : records) {
                    byte[] b = r.payload();
                    if (r.position() == k) {
                        b[i] ^= 0x01;
                    }
                    copy.append(r.position(), List.of(b)).join();
                }
                JournalVerification v = Cohort.verify(copy);
                assertThat(v.firstBad()).as("flip of byte %s of record %s", i, k).hasValue((long) k);
            }
        }
    }

    @Test
    void LFT_06_a_forger_who_rehashes_an_event_breaks_the_next_link() {
        Cohort c = withProjects(2);
        List<StoredRecord> records = store.read(0, 100);
        InMemoryJournalStore copy = new InMemoryJournalStore();
        byte[] prev = JournalFormat.genesisHash();
        for (StoredRecord r : records) {
            byte[] b = r.payload();
            if (r.position() == 1) {
                String text = new String(b, StandardCharsets.UTF_8);
                String body = text.substring(0, text.lastIndexOf('\n')).replace("\"P-01\"", "\"P-07\"");
                java.security.MessageDigest sha = JournalFormat.sha256();
                sha.update(prev);
                String hash = JournalFormat.hex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
                b = (body + "\n" + hash).getBytes(StandardCharsets.UTF_8);
            }
            copy.append(r.position(), List.of(b)).join();
            prev = JournalFormat.unhex(EventCodec.FORMAT.decode(r.position(), r.payload(), prev).hash());
        }
        assertThat(Cohort.verify(copy).firstBad()).hasValue(2L);
    }

    @Test
    void LFT_06_verify_with_the_keys_names_the_first_event_that_does_not_replay_after_the_last_good_hash() {
        withProjects(1);
        String before = Cohort.events(store).get((int) store.endPosition() - 1).hash();
        long end = Fixture.appendAgain(store, CohortEvent.ApplicationSubmitted.class);
        assertThat(Cohort.verify(store).ok()).as("the chain itself holds").isTrue();
        kz.saruar.model.journal.JournalVerification v = Cohort.verify(store, keys);
        assertThat(v.firstBad()).contains(end);
        assertThat(v.records()).isEqualTo(end);
        assertThat(v.lastHash()).isEqualTo(before);
        assertThat(v.problemText().orElseThrow().get(Language.RU)).contains("подан дважды");
    }

    @Test
    void LFT_06_verify_with_the_keys_finds_what_the_chain_check_finds_in_its_one_pass() {
        withProjects(2);
        assertThat(Cohort.verify(store, keys)).as("a good journal").isEqualTo(Cohort.verify(store));
        List<StoredRecord> records = store.read(0, 100);
        for (int k = 0; k < records.size(); k++) {
            InMemoryJournalStore copy = new InMemoryJournalStore();
            for (StoredRecord r : records) {
                byte[] b = r.payload();
                if (r.position() == k) {
                    b[b.length / 2] ^= 0x01;
                }
                copy.append(r.position(), List.of(b)).join();
            }
            JournalVerification chain = Cohort.verify(copy);
            JournalVerification replayed = Cohort.verify(copy, keys);
            assertThat(replayed.firstBad()).as("record %s damaged", k).hasValue((long) k).isEqualTo(chain.firstBad());
            assertThat(replayed.lastHash()).isEqualTo(chain.lastHash());
            assertThat(replayed.records()).isEqualTo(chain.records());
        }
        assertThat(Cohort.verify(new InMemoryJournalStore(), keys).ok()).as("an empty journal").isTrue();
    }

    @Test
    void LFT_06_a_record_that_does_not_replay_says_why_in_kazakh_and_russian_not_only_in_english() {
        withProjects(1);
        // the same submission again, well formed and well chained: only the replay's check refuses it
        long end = Fixture.appendAgain(store, CohortEvent.ApplicationSubmitted.class);
        assertThatThrownBy(() -> Cohort.open(store, clock, keys)).isInstanceOf(UnreadableEventException.class)
                .hasMessage("cohort journal record " + end + ": the project P-01 is submitted twice")
                .satisfies(x -> {
                    kz.saruar.model.LocalizedText text = ((UnreadableEventException) x).text();
                    assertThat(text.get(Language.KK)).isNotEqualTo(text.get(Language.EN))
                            .isEqualTo("когорта журналының " + end + "-жазбасын оқу мүмкін емес: P-01 жобасы екі рет тапсырылған");
                    assertThat(text.get(Language.RU)).isNotEqualTo(text.get(Language.EN))
                            .isEqualTo("запись " + end + " журнала когорты не читается: проект P-01 подан дважды");
                });
    }

    @Test
    void LFT_06_an_event_of_a_newer_schema_version_is_refused_with_a_clear_error() {
        Cohort c = withProjects(1);
        List<StoredRecord> records = store.read(0, 100);
        InMemoryJournalStore copy = new InMemoryJournalStore();
        copy.append(0, List.of(records.get(0).payload())).join();
        RecordedEvent<CohortEvent> genesis = EventCodec.FORMAT.decode(0, records.get(0).payload(), JournalFormat.genesisHash());
        String text = new String(records.get(1).payload(), StandardCharsets.UTF_8);
        String body = text.substring(0, text.lastIndexOf('\n')).replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        java.security.MessageDigest sha = JournalFormat.sha256();
        sha.update(JournalFormat.unhex(genesis.hash()));
        String hash = JournalFormat.hex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
        copy.append(1, List.of((body + "\n" + hash).getBytes(StandardCharsets.UTF_8))).join();
        assertThatThrownBy(() -> Cohort.open(copy, clock, keys)).isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("record 1").hasMessageContaining("schema version 2")
                .hasMessageContaining("newer Saruar");
        assertThat(Cohort.verify(copy).firstBad()).hasValue(1L);
    }

    @Test
    void APP_03_erasure_deletes_the_key_and_the_cohort_still_replays_and_verifies(@TempDir Path dir) {
        FilePersonKeys fileKeys = FilePersonKeys.open(dir.resolve("keys"));
        try (FileJournalStore file = FileJournalStore.open(dir.resolve("journal"))) {
            Cohort c = Fixture.create(file, clock, fileKeys);
            c.submit(new CohortCommand.SubmitApplication("s", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
            String applicant = "P-01/applicant";
            assertThat(c.state().project("P-01").orElseThrow().persons().get(0).data()).isPresent();
            c.submit(new CohortCommand.ErasePersonalData("e", Fixture.ORGANIZER, applicant)).orElseThrow();
            ProjectView p = c.state().project("P-01").orElseThrow();
            assertThat(p.persons().get(0).erased()).isTrue();
            assertThat(p.application().applicant().fullName()).isEqualTo(PersonView.ERASED);
            assertThat(p.persons().get(1).erased()).isFalse();
            assertThat(fileKeys.find(applicant)).isEmpty();
            assertThat(c.state().erasedPersons()).containsExactly(applicant);
            assertThat(Cohort.verify(file).ok()).isTrue();
            assertThat(Cohort.open(file, clock, fileKeys).state()).isEqualTo(c.state());
            assertThat(c.submit(new CohortCommand.ErasePersonalData("e2", Fixture.ORGANIZER, applicant)).reasons())
                    .extracting(Reason::code).containsExactly("ALREADY_ERASED");
        }
        // the applicant's name is nowhere in the journal file, before or after erasure
        assertThat(new String(readAll(dir.resolve("journal").resolve(FileJournalStore.JOURNAL_FILE)), StandardCharsets.UTF_8))
                .doesNotContain("Айгүл").doesNotContain("team@example.kz");
    }

    @Test
    void LFT_06_the_file_store_detects_flipped_bytes_on_open_or_verify(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("journal");
        try (FileJournalStore file = FileJournalStore.open(journal)) {
            Cohort c = Fixture.create(file, clock, keys);
            c.submit(new CohortCommand.SubmitApplication("s", Fixture.TEAM, "P-01", Fixture.application())).orElseThrow();
        }
        Path f = journal.resolve(FileJournalStore.JOURNAL_FILE);
        byte[] original = Files.readAllBytes(f);
        for (int i = 0; i < original.length; i += 997) {
            byte[] changed = original.clone();
            changed[i] ^= 0x20;
            Files.write(f, changed);
            boolean detected;
            try (FileJournalStore s = FileJournalStore.openReadOnly(journal)) {
                detected = !Cohort.verify(s).ok() || s.endPosition() < 2;
            } catch (StorageException e) {
                detected = true;
            }
            assertThat(detected).as("flip of byte %s", i).isTrue();
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
