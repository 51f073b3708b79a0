package kz.saruar.community.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import kz.saruar.ledger.store.FileJournalStore;
import kz.saruar.spi.storage.JournalStore;
import org.junit.jupiter.api.io.TempDir;

/** The community journal's contract on the embedded file store (LFT-06): a reopen is a new store on the same directory. */
class FileCommunityJournalTest extends CommunityJournalContract {
    @TempDir
    Path dir;

    @Override
    Supplier<JournalStore> freshLocation() {
        try {
            Path journal = Files.createTempDirectory(dir, "community");
            return () -> FileJournalStore.open(journal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
