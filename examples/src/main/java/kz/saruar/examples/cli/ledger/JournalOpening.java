package kz.saruar.examples.cli.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import kz.saruar.examples.cli.CliText;
import kz.saruar.examples.cli.Console;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.examples.cli.InputFiles;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.Rules;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.journal.UnreadableRecordException;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;

/**
 * Opens a journal directory read-only for the ledger commands (LFT-06): a missing or unreadable
 * journal is refused with exit 2, a damaged one (on opening or while a command reads it) with exit 1.
 */
final class JournalOpening {
    private JournalOpening() {
    }

    /** Runs {@code body} on the journal in {@code dir}, closing it after; or prints why it cannot and returns that exit code. */
    static int read(Path dir, Console c, ToIntFunction<JournalStore> body) {
        Optional<Reason> problem = InputFiles.directoryProblem(dir, Rules.LFT_06)
                .or(() -> InputFiles.fileProblem(dir.resolve(FileJournalStore.JOURNAL_FILE), Rules.LFT_06));
        if (problem.isPresent()) {
            return c.refuse(List.of(problem.get()), ExitCodes.UNREADABLE);
        }
        JournalStore opened;
        try {
            opened = FileJournalStore.openReadOnly(dir);
        } catch (JournalCorruptedException e) {
            return c.refuse(List.of(invalid(Console.storageFailure(e))), ExitCodes.REFUSED);
        } catch (StorageException e) {
            return c.refuse(List.of(InputFiles.unreadable(dir, Rules.LFT_06)), ExitCodes.UNREADABLE);
        }
        try (JournalStore store = opened) {
            return body.applyAsInt(store);
        } catch (UnreadableRecordException e) {
            return c.refuse(List.of(invalid(e.text())), ExitCodes.REFUSED);
        } catch (SaruarException e) {
            return c.refuse(List.of(invalid(Console.storageFailure(e))), ExitCodes.REFUSED);
        }
    }

    /** A journal that is damaged or inconsistent (exit 1). */
    private static Reason invalid(LocalizedText detail) {
        return Reason.of("JOURNAL_INVALID", Rules.LFT_06, "$", CliText.JOURNAL_INVALID.text(detail));
    }
}
