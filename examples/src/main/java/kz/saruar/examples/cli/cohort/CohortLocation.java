package kz.saruar.examples.cli.cohort;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.saruar.cohort.privacy.FilePersonKeys;
import kz.saruar.model.privacy.PersonKeys;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.examples.cli.UsageProblem;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.ledger.store.JournalStores;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
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

    /** Why a directory location holds no cohort (missing, a file, no {@code journal/}), if it does not (exit 2). */
    static Optional<Reason> problem(String location) {
        Path dir = Path.of(location);
        Path journal = dir.resolve("journal");
        Optional<Reason> problem = InputFiles.directoryProblem(dir, Rules.LFT_06);
        if (problem.isEmpty() && !Files.isDirectory(journal)) {
            problem = Optional.of(Reason.of("FILE_NOT_FOUND", Rules.LFT_06, "$", CliText.NO_COHORT.text(dir, journal)));
        }
        return problem;
    }

    /** The journal and keys, or empty after printing why not (printed; the caller exits with {@link ExitCodes#UNREADABLE}). */
    static Optional<Opened> open(String location, Optional<Path> keysDir, boolean readOnly, boolean mustExist, Console c) {
        try {
            if (isUri(location)) {
                if (keysDir.isEmpty()) {
                    throw new UsageProblem(c.spec().commandLine(), CliText.NEEDS_KEYS);
                }
                return Optional.of(new Opened(JournalStores.open(URI.create(location)), FilePersonKeys.open(keysDir.get())));
            }
            Optional<Reason> problem = mustExist ? problem(location) : Optional.empty();
            if (problem.isPresent()) {
                c.refuse(List.of(problem.get()), ExitCodes.UNREADABLE);
                return Optional.empty();
            }
            Path dir = Path.of(location);
            Path journal = dir.resolve("journal");
            JournalStore store = readOnly ? FileJournalStore.openReadOnly(journal) : FileJournalStore.open(journal);
            return Optional.of(new Opened(store, FilePersonKeys.open(keysDir.orElse(dir.resolve("keys")))));
        } catch (StorageException | IllegalArgumentException e) {
            c.refuse(List.of(Reason.of("FILE_UNREADABLE", Rules.LFT_06, "$",
                    CliText.CANNOT_OPEN_COHORT.text(location, Console.storageFailure(e)))), ExitCodes.UNREADABLE);
            return Optional.empty();
        }
    }
}
