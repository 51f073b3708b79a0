package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.spi.storage.StoredRecord;
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
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashChild.class.getName(), dir.toString(), "run" + k)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else if (line.startsWith("ACK ")) {
                            acknowledged.add(line.substring(4));
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child died mid-line: that key was not acknowledged
                }
            });
            reader.start();
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child %s started", k).isTrue();
            Thread.sleep(50 + random.nextInt(400));
            child.destroyForcibly(); // SIGKILL on Linux
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);

            Set<String> present = new HashSet<>();
            LedgerSnapshot.Image full;
            try (FileJournalStore store = FileJournalStore.open(dir)) {
                long p = 0;
                while (true) {
                    List<StoredRecord> page = store.read(p, 4096);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (StoredRecord r : page) {
                        present.add(JournalCodec.decode(r.payload()).command().key().value());
                    }
                    p += page.size();
                }
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
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            assertThat(lost).as("acknowledged but lost after kill %s", k).isEmpty();
        }
        assertThat(acknowledged.size()).as("the children got work done").isGreaterThan(kills * 10);
        deleteRecursively(dir.toFile());
    }

    private static void deleteRecursively(File f) {
        File[] children = f.listFiles();
        if (children != null) {
            for (File c : children) {
                deleteRecursively(c);
            }
        }
        f.delete();
    }
}
