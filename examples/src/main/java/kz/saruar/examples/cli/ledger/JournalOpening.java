package kz.saruar.examples.cli.ledger;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.saruar.examples.cli.ExitCodes;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.StorageException;

/** Opens a journal directory read-only for the ledger commands, mapping failures to exit codes (LFT-06). */
final class JournalOpening {
    private JournalOpening() {
    }

    /** The open store, or the exit code after printing why it could not be opened. */
    static Object open(Path dir, PrintWriter err) {
        if (!Files.isRegularFile(dir.resolve(FileJournalStore.JOURNAL_FILE))) {
            err.println("no ledger journal in " + dir + " (expected " + FileJournalStore.JOURNAL_FILE + ")");
            err.flush();
            return ExitCodes.UNREADABLE;
        }
        try {
            return FileJournalStore.openReadOnly(dir);
        } catch (JournalCorruptedException e) {
            err.println("INVALID: " + e.getMessage());
            err.flush();
            return ExitCodes.REFUSED;
        } catch (StorageException e) {
            err.println("cannot read: " + e.getMessage());
            err.flush();
            return ExitCodes.UNREADABLE;
        }
    }
}
