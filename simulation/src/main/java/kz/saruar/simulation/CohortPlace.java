package kz.saruar.simulation;

import java.nio.file.Path;
import java.util.Objects;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.model.Arguments;
import kz.saruar.model.privacy.InMemoryPersonKeys;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.spi.storage.JournalStore;

/**
 * Where a simulated cohort keeps its record (LFT-06): the cohort's journal, its per-person keys
 * and its LIFTCOIN ledger's journal. In memory by default; in a directory laid out as
 * {@code saruar cohort} lays one out ({@code journal/}, {@code keys/}, {@code ledger/}), so that
 * {@code saruar cohort verify} and {@code saruar cohort report} read the simulated cohort like a
 * real one.
 */
@FunctionalInterface
public interface CohortPlace {
    /** Opens empty journals for one cohort; the caller closes them. */
    Journals open();

    /**
     * The journals of one cohort.
     *
     * @param cohort the cohort's journal
     * @param keys   the per-person keys, kept apart from the journal
     * @param ledger the LIFTCOIN ledger's journal
     */
    record Journals(JournalStore cohort, PersonKeys keys, JournalStore ledger) implements AutoCloseable {
        /** Refuses nulls. */
        public Journals {
            Arguments.nonNull("cohort", cohort, "keys", keys, "ledger", ledger);
        }

        @Override
        public void close() {
            cohort.close();
            ledger.close();
        }
    }

    /** Fresh in-memory journals each time. */
    static CohortPlace memory() {
        return () -> new Journals(new InMemoryJournalStore(), new InMemoryPersonKeys(), new InMemoryJournalStore());
    }

    /** {@code dir/journal}, {@code dir/keys} and {@code dir/ledger}; the cohort refuses a journal that is not empty. */
    static CohortPlace directory(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return () -> new Journals(FileJournalStore.open(dir.resolve("journal")), FilePersonKeys.open(dir.resolve("keys")),
                FileJournalStore.open(dir.resolve("ledger")));
    }
}
