package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.lifecycle.ProjectState;
import org.junit.jupiter.api.Test;

/**
 * A child JVM submitting to a file-store cohort is killed with SIGKILL at random moments (LFT-06
 * as the ledger's crash test): after each kill every acknowledged command is in the journal, the
 * journal verifies, the cohort reopens, and the next child continues on it.
 * {@code -Dsaruar.soak=true} runs 30 kills instead of 4.
 */
class CohortCrashTest {
    @Test
    void LFT_06_every_acknowledged_command_survives_sigkill() throws Exception {
        int kills = Boolean.getBoolean("saruar.soak") ? 30 : 4;
        Path dir = Files.createTempDirectory("saruar-cohort-crash");
        Random random = new Random(20_260_302L);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int k = 0; k < kills; k++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", CrashChild.class.getName(), dir.toString(), "r" + k)
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
            assertThat(ready.await(120, TimeUnit.SECONDS)).as("child %s started", k).isTrue();
            Thread.sleep(1000 + random.nextInt(1500));
            child.destroyForcibly(); // SIGKILL on Linux
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);

            Set<String> present = new HashSet<>();
            try (FileJournalStore store = FileJournalStore.open(dir.resolve("journal"))) {
                assertThat(Cohort.verify(store).ok()).as("verify after kill %s", k).isTrue();
                for (RecordedEvent<CohortEvent> e : Cohort.events(store)) {
                    present.add(e.key());
                }
                Cohort reopened = Cohort.open(store, Clock.system(Kazakhstan.ZONE), FilePersonKeys.open(dir.resolve("keys")));
                for (String key : acknowledged) {
                    if (key.endsWith("-p")) {
                        String project = key.substring(0, key.length() - 2);
                        assertThat(reopened.state().project(project).orElseThrow().state()).isEqualTo(ProjectState.PRESELECTED);
                    }
                }
                // every person whose application is in the journal can still be read: keys were stored before the events
                assertThat(reopened.state().projects()).allSatisfy(p -> assertThat(p.persons()).noneMatch(PersonView::erased));
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(present);
            assertThat(lost).as("acknowledged but lost after kill %s", k).isEmpty();
        }
        assertThat(acknowledged.size()).as("the children got work done").isGreaterThan(kills * 3);
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
