package kz.saruar.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.journal.RecordedEvent;
import kz.saruar.model.lifecycle.ProjectState;
import kz.saruar.spi.testkit.storage.CrashLoop;
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
        Set<String> acknowledged = CrashLoop.run(CrashChild.class, dir, "r", kills, Duration.ofSeconds(120),
                () -> 400 + random.nextInt(800), (k, acked) -> {
                    Set<String> present = new HashSet<>();
                    try (FileJournalStore store = FileJournalStore.open(dir.resolve("journal"))) {
                        assertThat(Cohort.verify(store).ok()).as("verify after kill %s", k).isTrue();
                        for (RecordedEvent<CohortEvent> e : Cohort.events(store)) {
                            present.add(e.key());
                        }
                        Cohort reopened = Cohort.open(store, Clock.system(Kazakhstan.ZONE),
                                FilePersonKeys.open(dir.resolve("keys")));
                        for (String key : acked) {
                            if (key.endsWith("-p")) {
                                String project = key.substring(0, key.length() - 2);
                                assertThat(reopened.state().project(project).orElseThrow().state())
                                        .isEqualTo(ProjectState.PRESELECTED);
                            }
                        }
                        // every person whose application is in the journal can still be read: keys were stored before the events
                        assertThat(reopened.state().projects()).allSatisfy(p -> assertThat(p.persons())
                                .noneMatch(PersonView::erased));
                    }
                    return present;
                });
        assertThat(acknowledged.size()).as("the children got work done").isGreaterThan(kills * 3);
        CrashLoop.deleteRecursively(dir);
    }
}
