package kz.saruar.ledger;

import static kz.saruar.ledger.Fixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's answers in the shared vocabulary (LFT-04, LFT-06, LFT-07): one outcome type, one
 * reason type with figures by name, one precedence order of checks, a torn tail reported by
 * verify, and identifiers whose messages say what is wrong.
 */
class LedgerOutcomeTest {
    private final Ledger ledger = populated(Ledger.inMemory(LedgerPolicy.defaults(), clock()));

    @Test
    void LFT_04_a_refusal_is_one_reason_with_code_rule_subject_and_figures_by_name() {
        accept(ledger, issue(ECO, 900));
        LedgerCommand.Issue tooMuch = issue(ECO, 250);
        Outcome<JournalRecord> o = ledger.submit(tooMuch);
        assertThat(o.accepted()).isFalse();
        assertThat(o.reasons()).hasSize(1);
        Reason r = o.reasons().get(0);
        assertThat(r.code()).isEqualTo(RefusalReason.COVERAGE_EXCEEDED.code());
        assertThat(r.rules()).containsExactly(RuleId.of("LFT-04"));
        assertThat(r.subject()).isEqualTo("command:" + tooMuch.key().value());
        assertThat(r.longFigure("shortfall")).hasValue(150);
        assertThat(r.longFigure("amount")).hasValue(250);
        assertThat(r.figures()).extracting(Figure::name).startsWith("amount", "shortfall");
        assertThat(RefusalReason.COVERAGE_EXCEEDED.rules()).containsExactly(RuleId.of("LFT-04"));
    }

    @Test
    void LFT_07_a_repeat_returns_an_equal_outcome_and_other_content_under_the_key_is_refused_with_the_first_sequence() {
        LedgerCommand.Issue first = issue(ECO, 100);
        Outcome<JournalRecord> a = ledger.submit(first);
        assertThat(ledger.submit(first)).isEqualTo(a);
        Outcome<JournalRecord> other = ledger.submit(new LedgerCommand.Issue(first.key(), PLATFORM, ECO, 101));
        Reason r = other.reasons().get(0);
        assertThat(r.code()).isEqualTo("KEY_REUSED");
        assertThat(r.longFigure("firstSequence")).hasValue(a.value().orElseThrow().sequence());
    }

    @Test
    void LFT_07_submitAsync_completes_with_the_same_outcomes_as_submit() {
        LedgerCommand.Issue first = issue(ECO, 100);
        CompletableFuture<Outcome<JournalRecord>> f = ledger.submitAsync(first);
        Outcome<JournalRecord> o = f.join();
        assertThat(o.accepted()).isTrue();
        assertThat(ledger.submit(first)).isEqualTo(o);
        assertThat(ledger.submitAsync(first).join()).isEqualTo(o);
        Outcome<JournalRecord> refused = ledger.submitAsync(new LedgerCommand.Issue(key(), ECO_TEAM, ECO, 1)).join();
        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("NOT_THE_PLATFORM");
        assertThatThrownBy(() -> ledger.submitAsync(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void LFT_07_submitAsync_on_the_file_journal_is_durable_when_its_future_completes(@TempDir Path dir) {
        CompletableFuture<Outcome<JournalRecord>> last;
        try (Ledger l = populated(Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock()))) {
            accept(l, issue(ECO, 500));
            CompletableFuture<?>[] fs = new CompletableFuture<?>[50];
            for (int i = 0; i < fs.length; i++) {
                fs[i] = l.submitAsync(reward(ECO_TEAM, ECO, ALIYA, 1));
            }
            CompletableFuture.allOf(fs).join();
            last = l.submitAsync(reward(ECO_TEAM, ECO, ALIYA, 1));
            assertThat(last.join().accepted()).isTrue();
        }
        try (Ledger again = Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock())) {
            assertThat(again.balance(ALIYA)).hasValue(51);
            assertThat(again.headHash()).isEqualTo(last.join().value().orElseThrow().hash());
        }
    }

    @Test
    void LFT_07_a_command_breaking_two_rules_is_refused_for_the_earlier_in_the_documented_order() {
        // 1 authority before 4 figures: a project issuing zero points
        assertThat(refused(ledger, new LedgerCommand.Issue(key(), ECO_TEAM, ECO, 0)).reason())
                .isEqualTo(RefusalReason.NOT_THE_PLATFORM);
        // 2 what the command names before 4 figures: zero points to an unknown account
        assertThat(refused(ledger, issue(AccountId.of("project:none"), 0)).reason())
                .isEqualTo(RefusalReason.UNKNOWN_ACCOUNT);
        // 2 kind before 4 figures: a forum grant of zero to a business
        assertThat(refused(ledger, new LedgerCommand.ForumGrant(key(), PLATFORM, "Forum", CAFE, 0)).reason())
                .isEqualTo(RefusalReason.FORUM_GRANT_RECIPIENT);
        // 3 same account before 4 figures: paying oneself zero points, buying zero units of one's own offer
        assertThat(refused(ledger, pay(ALIYA_ACTOR, ALIYA, ALIYA, 0)).reason()).isEqualTo(RefusalReason.SAME_ACCOUNT);
        assertThat(refused(ledger, new LedgerCommand.Purchase(key(), CAFE_OWNER, CAFE, OfferId.of("coffee"), 0)).reason())
                .isEqualTo(RefusalReason.SAME_ACCOUNT);
        // 4 positive figures before the direction tag
        assertThat(refused(ledger, new LedgerCommand.Reward(key(), ECO_TEAM, ECO, ALIYA, 0, Optional.of("ASTROLOGY"))).reason())
                .isEqualTo(RefusalReason.NOT_POSITIVE);
        // 4 figures before 5 limits: more units than left, and zero price on relisting... units left vs positive
        assertThat(refused(ledger, new LedgerCommand.Purchase(key(), ALIYA_ACTOR, ALIYA, OfferId.of("coffee"), -1)).reason())
                .isEqualTo(RefusalReason.NOT_POSITIVE);
        // 5 limits before 6 postings: more units than left, which Aliya could not pay for either
        assertThat(refused(ledger, new LedgerCommand.Purchase(key(), ALIYA_ACTOR, ALIYA, OfferId.of("coffee"), 11)).reason())
                .isEqualTo(RefusalReason.NOT_ENOUGH_UNITS);
    }

    @Test
    void LFT_07_malformed_identifiers_say_what_is_wrong_without_stray_text() {
        assertThatThrownBy(() -> AccountId.of("bad id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account id is not 1-64 characters of [A-Za-z0-9._:@-] starting with a letter or digit: \"bad id\"");
        assertThatThrownBy(() -> ActorId.of("bad id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor id is not 1-64 characters of [A-Za-z0-9._:@-] starting with a letter or digit: \"bad id\"");
        assertThatThrownBy(() -> OfferId.of("")).hasMessageStartingWith("offer id is not 1-64 characters");
    }

    @Test
    void LFT_06_verify_reports_how_many_bytes_of_a_torn_tail_it_ignored(@TempDir Path dir) throws IOException {
        try (Ledger l = populated(Ledger.openDirectory(dir, LedgerPolicy.builder().snapshotOnClose(false).build(), clock()))) {
            accept(l, issue(ECO, 10));
        }
        try (FileJournalStore clean = FileJournalStore.openReadOnly(dir)) {
            VerificationReport r = JournalVerifier.verify(clean);
            assertThat(r.ok()).isTrue();
            assertThat(r.tornTail()).isFalse();
            assertThat(r.ignoredTailBytes()).isZero();
        }
        // a crash in the middle of a write: an intact frame header promising 100 bytes, and 7 of them
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(19).putInt(100).putInt(0x12345678);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(header.array(), 0, 8);
        header.putInt((int) crc.getValue()).put(new byte[] {1, 2, 3, 4, 5, 6, 7});
        byte[] torn = header.array();
        Files.write(dir.resolve(FileJournalStore.JOURNAL_FILE), torn, StandardOpenOption.APPEND);
        try (FileJournalStore store = FileJournalStore.openReadOnly(dir)) {
            VerificationReport r = JournalVerifier.verify(store);
            assertThat(r.ok()).isTrue();
            assertThat(r.tornTail()).isTrue();
            assertThat(r.ignoredTailBytes()).isEqualTo(torn.length);
            assertThat(r.records()).isEqualTo(store.endPosition());
        }
    }

    @Test
    void LFT_06_chain_hashes_print_and_read_as_hex() {
        ChainHash h = ledger.headHash();
        assertThat(h.hex()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(ChainHash.fromHex(h.hex())).isEqualTo(h).hasSameHashCodeAs(h);
        assertThat(h.toString()).isEqualTo(h.hex());
        assertThatThrownBy(() -> ChainHash.of(new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
