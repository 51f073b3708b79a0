package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.spi.testkit.storage.CrashLoop;
import org.junit.jupiter.api.Test;

/**
 * A child JVM appending to the file journal is killed with SIGKILL at random moments, many times
 * (LFT-06, LFT-07). After each kill: every acknowledged command is in the journal, it verifies,
 * balances conserve, and opening from the snapshots the child was writing gives the full replay's state. {@code -Dsaruar.soak=true} runs 60 kills instead of 8.
 */
class LedgerCrashTest {
    @Test
    void every_acknowledged_command_survives_sigkill() throws Exception {
        int kills = Boolean.getBoolean("saruar.soak") ? 60 : 8;
        Path dir = Files.createTempDirectory("saruar-crash");
        Random random = new Random(20_200_601L);
        Set<String> acknowledged = CrashLoop.run(CrashChild.class, dir, "run", kills, Duration.ofSeconds(60),
                () -> 50 + random.nextInt(400), (k, acked) -> {
                    Set<String> present = new HashSet<>();
                    LedgerSnapshot.Image full;
                    try (FileJournalStore store = FileJournalStore.open(dir)) {
                        Statements.forEachRecord(store, r -> present.add(r.command().key().value()));
                        assertThat(JournalVerifier.verify(store).ok()).isTrue();
                        Ledger ledger = Ledger.open(store, LedgerPolicy.defaults(), Clock.systemUTC());
                        Fixture.assertInvariants(ledger);
                        full = ledger.image();
                    }
                    // the child wrote snapshots while it was killed: starting from the newest usable one gives the full replay's state
                    try (Ledger fromSnapshot = Ledger.openDirectory(dir, LedgerPolicy.builder().snapshotOnClose(false).build(),
                            Clock.systemUTC())) {
                        assertThat(SnapshotTesting.describe(fromSnapshot.image())).as("after kill %s", k)
                                .isEqualTo(SnapshotTesting.describe(full));
                    }
                    try (var files = Files.list(dir)) {
                        assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
                    }
                    return present;
                });
        assertThat(acknowledged.size()).as("the children got work done").isGreaterThan(kills * 10);
        CrashLoop.deleteRecursively(dir);
    }
}
