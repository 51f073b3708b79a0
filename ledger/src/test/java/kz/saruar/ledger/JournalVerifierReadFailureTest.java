package kz.saruar.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.saruar.ledger.store.InMemoryJournalStore;
import kz.saruar.model.Language;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import org.junit.jupiter.api.Test;

/**
 * LFT-06: a store that fails while the verifier reads is reported as an unreadable record, at the
 * position and byte the store names when it names them, in kk, ru and en.
 */
class JournalVerifierReadFailureTest {
    /** A store of no records whose reads fail with {@code failure}. */
    private static JournalStore failing(StorageException failure) {
        InMemoryJournalStore inner = new InMemoryJournalStore();
        return new JournalStore() {
            @Override
            public Durability durability() {
                return inner.durability();
            }

            @Override
            public long endPosition() {
                return 3;
            }

            @Override
            public CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> records) {
                return inner.append(expectedPosition, records);
            }

            @Override
            public List<StoredRecord> read(long fromPosition, int maxRecords) {
                throw failure;
            }

            @Override
            public int maxRecordSize() {
                return inner.maxRecordSize();
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }

    @Test
    void LFT_06_a_damaged_record_the_store_names_is_reported_with_its_position_and_byte() {
        VerificationReport r = JournalVerifier.verify(failing(new JournalCorruptedException("frame 2 has a bad checksum", 2, 4096)));
        VerificationReport.Problem p = r.problem().orElseThrow();
        // the problem stands at the first record not verified; the text names the one the store found damaged
        assertThat(p.position()).isZero();
        assertThat(r.records()).isZero();
        assertThat(p.kind()).isEqualTo(VerificationReport.Kind.UNREADABLE);
        assertThat(p.text().get(Language.RU)).isEqualTo("записи с 0 не читаются: запись 2 (с байта 4096) повреждена");
        assertThat(p.text().get(Language.KK)).isEqualTo("0-жазбадан бастап оқу мүмкін емес: 2-жазба (4096-байттан басталады) зақымдалған");
        assertThat(p.text().get(Language.EN))
                .isEqualTo("records from 0 cannot be read: record 2 (from byte 4096) is damaged: frame 2 has a bad checksum");
        VerificationReport missing = JournalVerifier.verify(failing(new JournalCorruptedException("positions are missing", 1)));
        assertThat(missing.problem().orElseThrow().text().get(Language.RU))
                .isEqualTo("записи с 0 не читаются: запись 1 отсутствует или повреждена");
    }

    @Test
    void LFT_06_a_store_that_cannot_read_is_reported_at_the_first_record_not_verified() {
        VerificationReport r = JournalVerifier.verify(failing(new StorageException("disk gone")));
        VerificationReport.Problem p = r.problem().orElseThrow();
        assertThat(p.position()).isZero();
        assertThat(p.text().get(Language.RU)).startsWith("запись 0 не читается");
        assertThat(p.text().get(Language.EN)).isEqualTo("record 0 cannot be read: disk gone");
    }
}
