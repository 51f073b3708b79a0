package kz.saruar.examples.cli.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.community.journal.CommunityJournal;
import kz.saruar.community.registry.Contact;
import kz.saruar.community.registry.MatchingPolicy;
import kz.saruar.community.registry.Registry;
import kz.saruar.examples.cli.Samples;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.Methodology;
import kz.saruar.model.privacy.PersonKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A community survives a restart of everything (PLT-01; LFT-06): the journal in the embedded file
 * store and the contact keys in the cohort's file key store, both reopened from disk; erasure
 * deletes the key file and holds after the next restart.
 */
class CommunityJournalOnFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T05:00:00Z"), ZoneOffset.UTC);
    private static final Actor ORGANIZER = Actor.of("org-1", ActorRole.ORGANIZER);

    @TempDir
    Path dir;

    private PersonKeys keys() {
        return FilePersonKeys.open(dir.resolve("keys"));
    }

    @Test
    void PLT_01_registries_contacts_and_erasure_survive_a_restart_of_journal_and_keys() throws Exception {
        Registry sample = Registry.parse(Samples.text("mentor-registry.json"), Methodology.standard()).orElseThrow();
        try (FileJournalStore s = FileJournalStore.open(dir.resolve("journal"))) {
            CommunityJournal j = CommunityJournal.create(s, "almaty-hub", MatchingPolicy.DEFAULT, ORGANIZER, CLOCK, keys())
                    .orElseThrow();
            j.importRegistry("import", ORGANIZER, sample).orElseThrow();
        }
        try (FileJournalStore s = FileJournalStore.open(dir.resolve("journal"))) {
            CommunityJournal j = CommunityJournal.open(s, CLOCK, keys());
            assertThat(j.registry().experts()).isEqualTo(sample.experts());
            assertThat(j.registry().projects()).isEqualTo(sample.projects());
            j.erasePersonalData("erase", ORGANIZER, CommunityJournal.expertPerson("E-01")).orElseThrow();
        }
        try (FileJournalStore s = FileJournalStore.open(dir.resolve("journal"))) {
            assertThat(CommunityJournal.verify(s).ok()).isTrue();
            Registry r = CommunityJournal.open(s, CLOCK, keys()).registry();
            assertThat(r.expert("E-01").orElseThrow().contact()).isEqualTo(Contact.erased());
            assertThat(r.expert("E-02").orElseThrow().contact()).isEqualTo(sample.expert("E-02").orElseThrow().contact());
        }
    }
}
