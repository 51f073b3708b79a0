package kz.saruar.examples.cli.cohort;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.cohort.privacy.PersonKeys;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;

/**
 * Where a cohort lives on the command line (LFT-06): a directory holding {@code journal/} (the
 * embedded file store) and {@code keys/} (the per-person keys, apart from the journal), or a
 * store URI such as a PostgreSQL JDBC URL handled by a storage provider on the class path, with the
 * keys in {@code --keys DIR}.
 */
final class CohortLocation {
    /** An opened journal and key store. */
    record Opened(JournalStore store, PersonKeys keys) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
        }
    }

    private CohortLocation() {
    }

    static boolean isUri(String location) {
        return location.startsWith("jdbc:") || location.startsWith("memory:");
    }

    /** The journal and keys, or empty after printing why not (the caller exits with {@link ExitCodes#UNREADABLE}). */
    static Optional<Opened> open(String location, Optional<Path> keysDir, boolean readOnly, boolean mustExist, PrintWriter err) {
        try {
            if (isUri(location)) {
                if (keysDir.isEmpty()) {
                    err.println("a store URI needs --keys DIR: the personal data keys are kept apart from the journal");
                    return Optional.empty();
                }
                return Optional.of(new Opened(JournalStores.open(URI.create(location)), FilePersonKeys.open(keysDir.get())));
            }
            Path dir = Path.of(location);
            Path journal = dir.resolve("journal");
            if (mustExist && !Files.isDirectory(journal)) {
                err.println("no cohort at " + dir + " (expected " + journal + "): run saruar cohort init first");
                return Optional.empty();
            }
            JournalStore store = readOnly ? FileJournalStore.openReadOnly(journal) : FileJournalStore.open(journal);
            return Optional.of(new Opened(store, FilePersonKeys.open(keysDir.orElse(dir.resolve("keys")))));
        } catch (StorageException | IllegalArgumentException e) {
            err.println("cannot open the cohort at " + location + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
