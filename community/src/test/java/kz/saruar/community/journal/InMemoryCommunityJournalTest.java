package kz.saruar.community.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import kz.saruar.community.consent.PairKind;
import kz.saruar.community.consent.Pairings;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.JournalVerification;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StoredRecord;
import kz.saruar.spi.testkit.storage.RacingJournalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The community journal's contract on the in-memory store, plus what only a store under the test's control can show. */
class InMemoryCommunityJournalTest extends CommunityJournalContract {
    @Override
    Supplier<JournalStore> freshLocation() {
        InMemoryJournalStore store = new InMemoryJournalStore();
        return () -> RacingJournalStore.view(store);
    }

    /** A race lost at once, or when the other node's transaction commits first (a store shared by several nodes). */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void LFT_06_a_writer_that_lost_the_race_is_refused_retryably_writes_nothing_and_sees_the_winner(boolean atCommit) {
        InMemoryJournalStore shared = new InMemoryJournalStore();
        CommunityJournal a = created(shared, keys);
        Runnable rival = () -> a.recordPairing("a", ORGANIZER,
                a.pairings().propose(PairKind.MENTORING, "E-01", "P-01", CLOCK).orElseThrow()).orElseThrow();
        JournalStore racing = atCommit ? RacingJournalStore.rivalCommitsFirst(shared, rival)
                : RacingJournalStore.rivalFirst(shared, rival);
        CommunityJournal b = CommunityJournal.open(racing, CLOCK, keys);
        long before = shared.endPosition();
        Outcome<CommunityReceipt> lost = b.recordPairing("b", ORGANIZER,
                Pairings.empty().propose(PairKind.MENTORING, "E-02", "P-02", CLOCK).orElseThrow());
        assertThat(lost.reasons()).extracting(Reason::code).containsExactly("CONCURRENT_WRITE");
        assertThat(lost.reasons().get(0).figure("retryable")).hasValue(true);
        assertThat(shared.endPosition()).isEqualTo(before + 1);
        assertThat(b.pairings()).isEqualTo(a.pairings());
        // given again, it is decided on the new state
        assertThat(b.recordPairing("b", ORGANIZER, Pairings.empty().propose(PairKind.MENTORING, "E-02", "P-02", CLOCK)
                .orElseThrow()).accepted()).isTrue();
    }

    @Test
    void LFT_06_a_newer_schema_version_or_an_unknown_type_is_refused_by_name() {
        InMemoryJournalStore s = new InMemoryJournalStore();
        created(s, keys);
        List<StoredRecord> records = all(s);
        for (String[] change : new String[][] {{"\"schemaVersion\":1", "\"schemaVersion\":2", "schema version 2"},
                {"\"type\":\"DeclinedPairRecorded\"", "\"type\":\"PairForgotten\"", "unknown event type \"PairForgotten\""}}) {
            InMemoryJournalStore copy = new InMemoryJournalStore();
            String prev = "0".repeat(64);
            for (StoredRecord r : records) {
                String text = new String(r.payload(), StandardCharsets.UTF_8);
                String json = text.substring(0, text.lastIndexOf('\n'));
                if (r.position() == records.size() - 1) {
                    json = json.replace(change[0], change[1]).replace("\"previousHash\":\"" + hashOf(records, r.position() - 1) + "\"",
                            "\"previousHash\":\"" + prev + "\"");
                }
                java.security.MessageDigest sha = JournalFormat.sha256();
                sha.update(JournalFormat.unhex(prev));
                String hash = JournalFormat.hex(sha.digest(json.getBytes(StandardCharsets.UTF_8)));
                copy.append(r.position(), List.of((json + "\n" + hash).getBytes(StandardCharsets.UTF_8))).join();
                prev = hash;
            }
            JournalVerification v = CommunityJournal.verify(copy);
            assertThat(v.firstBad()).contains((long) records.size() - 1);
            assertThat(v.problem().orElseThrow()).contains(change[2]);
        }
    }

    private static String hashOf(List<StoredRecord> records, long position) {
        String text = new String(records.get((int) position).payload(), StandardCharsets.UTF_8);
        return text.substring(text.lastIndexOf('\n') + 1);
    }
}
