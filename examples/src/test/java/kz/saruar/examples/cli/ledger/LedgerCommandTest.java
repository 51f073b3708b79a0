package kz.saruar.examples.cli.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import kz.saruar.examples.cli.CliRunner;
import kz.saruar.ledger.AccountId;
import kz.saruar.ledger.AccountKind;
import kz.saruar.ledger.ActorId;
import kz.saruar.ledger.IdempotencyKey;
import kz.saruar.ledger.Ledger;
import kz.saruar.ledger.LedgerPolicy;
import kz.saruar.ledger.OfferId;
import kz.saruar.ledger.store.FileJournalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code saruar ledger verify|statement|coverage} on a real journal (LFT-04, LFT-06). */
class LedgerCommandTest {
    @TempDir
    Path dir;

    private static final ActorId PLATFORM = ActorId.of("platform");
    private static final AccountId ECO = AccountId.of("project:eco");
    private static final AccountId ALIYA = AccountId.of("participant:1");

    private void journal() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneId.of("Asia/Almaty"));
        try (Ledger l = Ledger.openDirectory(dir, LedgerPolicy.defaults(), clock)) {
            l.submit(new kz.saruar.ledger.LedgerCommand.OpenAccount(IdempotencyKey.of("a1"), PLATFORM, ECO, AccountKind.PROJECT,
                    ActorId.of("team:eco"), Optional.empty()));
            l.submit(new kz.saruar.ledger.LedgerCommand.OpenAccount(IdempotencyKey.of("a2"), PLATFORM, ALIYA,
                    AccountKind.PARTICIPANT, ActorId.of("person:1"), Optional.of(ECO)));
            l.submit(new kz.saruar.ledger.LedgerCommand.ListOffer(IdempotencyKey.of("o1"), ActorId.of("team:eco"),
                    OfferId.of("workshop"), ECO, 100, 5, Optional.of("IT_LITERACY")));
            l.submit(new kz.saruar.ledger.LedgerCommand.Issue(IdempotencyKey.of("i1"), PLATFORM, ECO, 400));
            l.submit(new kz.saruar.ledger.LedgerCommand.Reward(IdempotencyKey.of("r1"), ActorId.of("team:eco"), ECO, ALIYA, 150,
                    Optional.empty()));
        }
    }

    private static CliRunner ledger(String... args) {
        return CliRunner.run(new CommandLine(new LedgerCommand()), args);
    }

    @Test
    void verify_statement_and_coverage_of_a_good_journal() {
        journal();
        CliRunner v = ledger("verify", dir.toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out()).startsWith("OK: 6 records");

        CliRunner s = ledger("statement", dir.toString(), "participant:1");
        assertThat(s.exitCode()).as(s.err()).isZero();
        assertThat(s.out()).contains("closing balance 150").contains("REWARD");

        CliRunner j = ledger("statement", dir.toString(), "participant:1", "--json");
        assertThat(j.exitCode()).isZero();
        assertThat(j.out()).contains("\"closingBalance\" : 150").contains("\"counterparty\" : \"project:eco\"");

        CliRunner c = ledger("coverage", dir.toString());
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("circulation: 400").contains("market capacity: 500").contains("IT_LITERACY  500");
    }

    @Test
    void unknown_accounts_are_refused_and_missing_journals_are_unreadable() {
        journal();
        assertThat(ledger("statement", dir.toString(), "participant:9").exitCode()).isEqualTo(1);
        assertThat(ledger("statement", dir.toString(), "not a valid id").exitCode()).isEqualTo(1);
        assertThat(ledger("verify", dir.resolve("nowhere").toString()).exitCode()).isEqualTo(2);
        assertThat(ledger("coverage", dir.resolve("nowhere").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void a_changed_byte_makes_verify_fail_with_exit_code_1() throws Exception {
        journal();
        Path file = dir.resolve(FileJournalStore.JOURNAL_FILE);
        byte[] b = Files.readAllBytes(file);
        b[b.length - 20] ^= 1;
        Files.write(file, b);
        CliRunner v = ledger("verify", dir.toString());
        assertThat(v.exitCode()).isEqualTo(1);
        assertThat(v.err()).contains("damaged at byte");
        assertThat(ledger("coverage", dir.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void LFT_06_a_statement_period_outside_the_journal_is_an_empty_statement_not_a_stack_trace() {
        journal();
        CliRunner before = ledger("statement", dir.toString(), "participant:1", "--to", "2000-01-01");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.err()).isEmpty();
        assertThat(before.out()).contains("2000-01-01 .. 2000-01-01").contains("nothing in this period")
                .contains("opening balance 0").contains("closing balance 0");
        CliRunner after = ledger("statement", dir.toString(), "participant:1", "--from", "2100-01-01");
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("opening balance 150").contains("closing balance 150");
        CliRunner backwards = ledger("statement", dir.toString(), "participant:1", "--from", "2026-03-05", "--to", "2026-03-01");
        assertThat(backwards.exitCode()).isEqualTo(1);
        assertThat(backwards.err()).contains("ends before it starts").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void LFT_06_verify_reports_the_bytes_of_a_torn_tail_it_ignored() throws Exception {
        journal();
        java.nio.ByteBuffer torn = java.nio.ByteBuffer.allocate(15).putInt(200).putInt(7);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(torn.array(), 0, 8);
        torn.putInt((int) crc.getValue()).put(new byte[] {1, 2, 3});
        Files.write(dir.resolve(FileJournalStore.JOURNAL_FILE), torn.array(), java.nio.file.StandardOpenOption.APPEND);
        CliRunner v = ledger("verify", dir.toString());
        assertThat(v.exitCode()).as(v.err()).isZero();
        assertThat(v.out()).startsWith("OK: 6 records").contains("ignored a torn tail of 15 bytes");
    }

    @Test
    void LFT_07_the_demo_prints_its_outcomes_in_the_shared_decision_json() throws Exception {
        CliRunner demo = ledger("demo", dir.resolve("d").toString(), "--json");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode decision = new com.fasterxml.jackson.databind.ObjectMapper().readTree(demo.out());
        assertThat(decision.path("accepted").asBoolean()).isTrue();
        com.fasterxml.jackson.databind.JsonNode outcomes = decision.path("value").path("outcomes");
        assertThat(outcomes.isArray()).isTrue();
        com.fasterxml.jackson.databind.JsonNode refusal = null;
        for (com.fasterxml.jackson.databind.JsonNode o : outcomes) {
            if (!o.get("accepted").asBoolean()) {
                refusal = o;
                break;
            }
        }
        assertThat(refusal).isNotNull();
        com.fasterxml.jackson.databind.JsonNode reason = refusal.get("reasons").get(0);
        assertThat(reason.get("code").asText()).isEqualTo("COVERAGE_EXCEEDED");
        assertThat(reason.get("rules").get(0).asText()).isEqualTo("LFT-04");
        assertThat(reason.get("figures").get("shortfall").asLong()).isPositive();
        assertThat(reason.get("message").get("kk").asText()).isNotBlank();
        assertThat(outcomes.get(0).get("value").get("sequence").asLong()).isEqualTo(1);
    }
}
