package kz.saruar.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoreLockedException;
import kz.saruar.spi.testkit.storage.JournalStoreContract;
import org.junit.jupiter.api.Test;

/** The embedded file store passes the storage contract kit and keeps its own promises (LFT-06). */
class FileJournalStoreContractTest implements JournalStoreContract {
    private final Map<JournalStore, Path> dirs = new ConcurrentHashMap<>();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("saruar-journal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public JournalStore createEmptyStore() {
        Path dir = tempDir();
        FileJournalStore s = FileJournalStore.open(dir);
        dirs.put(s, dir);
        return s;
    }

    @Override
    public Optional<JournalStore> reopen(JournalStore closedStore) {
        return Optional.of(FileJournalStore.open(((FileJournalStore) closedStore).directory()));
    }

    @Test
    void a_second_writer_gets_a_clear_error_and_a_reader_is_allowed() {
        Path dir = tempDir();
        try (FileJournalStore first = FileJournalStore.open(dir)) {
            first.append(0, List.of(new byte[] {1})).join();
            assertThatThrownBy(() -> FileJournalStore.open(dir)).isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("only one writer per directory");
            try (FileJournalStore reader = FileJournalStore.openReadOnly(dir)) {
                assertThat(reader.endPosition()).isEqualTo(1);
                assertThatThrownBy(() -> reader.append(1, List.of(new byte[] {2}))).isInstanceOf(StorageException.class);
            }
        }
        try (FileJournalStore again = FileJournalStore.open(dir)) {
            assertThat(again.endPosition()).isEqualTo(1);
        }
    }

    @Test
    void an_incomplete_tail_is_truncated_and_damage_in_the_middle_is_refused() throws IOException {
        Path dir = tempDir();
        try (FileJournalStore s = FileJournalStore.open(dir)) {
            s.append(0, List.of(new byte[] {1, 2, 3}, new byte[] {4, 5, 6})).join();
        }
        Path file = dir.resolve(FileJournalStore.JOURNAL_FILE);
        long good = Files.size(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0, 0, 0, 9, 1, 2}), good); // a torn frame header
        }
        try (FileJournalStore s = FileJournalStore.open(dir)) {
            assertThat(s.endPosition()).isEqualTo(2);
        }
        assertThat(Files.size(file)).isEqualTo(good);
        byte[] all = Files.readAllBytes(file);
        all[8 + 12] ^= 1; // first record's first payload byte
        Files.write(file, all);
        assertThatThrownBy(() -> FileJournalStore.open(dir)).isInstanceOf(StorageException.class)
                .hasMessageContaining("damaged at byte 8 (record 0)");
        assertThat(Files.size(file)).isEqualTo(good);
    }

    @Test
    void a_missing_directory_is_unreadable_for_a_reader() {
        assertThatThrownBy(() -> FileJournalStore.openReadOnly(tempDir().resolve("none")))
                .isInstanceOf(StorageException.class).hasMessageContaining("no ledger journal");
    }
}
