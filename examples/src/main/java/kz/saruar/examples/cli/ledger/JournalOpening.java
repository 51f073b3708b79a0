package kz.saruar.examples.cli.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;

/** Opens a journal directory read-only for the ledger commands; a failure is a refusal with its exit code (LFT-06). */
final class JournalOpening {
    /** The open store, or the exit code of the refusal already printed. */
    record Opened(Optional<JournalStore> store, int exitCode) {
    }

    private JournalOpening() {
    }

    static Opened open(Path dir, Console c) {
        Optional<Reason> problem = InputFiles.directoryProblem(dir, Rules.LFT_06)
                .or(() -> InputFiles.fileProblem(dir.resolve(FileJournalStore.JOURNAL_FILE), Rules.LFT_06));
        if (problem.isPresent()) {
            return new Opened(Optional.empty(), c.refuse(List.of(problem.get()), ExitCodes.UNREADABLE));
        }
        try {
            return new Opened(Optional.of(FileJournalStore.openReadOnly(dir)), ExitCodes.OK);
        } catch (JournalCorruptedException e) {
            return new Opened(Optional.empty(), c.refuse(List.of(invalid(e.getMessage())), ExitCodes.REFUSED));
        } catch (StorageException e) {
            return new Opened(Optional.empty(), c.refuse(List.of(InputFiles.unreadable(dir, Rules.LFT_06)),
                    ExitCodes.UNREADABLE));
        }
    }

    /** A journal that is damaged or inconsistent (exit 1). */
    static Reason invalid(String detail) {
        return Reason.of("JOURNAL_INVALID", Rules.LFT_06, "$", CliText.JOURNAL_INVALID.text(Console.clean(detail)));
    }
}
