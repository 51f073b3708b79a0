package kz.saruar.spi.testkit.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;
import org.junit.jupiter.api.Test;

/** Proof that the journal store kit (LFT-06) catches broken stores: each check is run directly against one. */
class JournalStoreContractCanFailTest {
    /** An in-memory store with one chosen fault. */
    static final class FaultyStore implements JournalStore {
        enum Fault { IGNORES_EXPECTED_POSITION, SHARES_CALLER_ARRAYS, ACCEPTS_EMPTY_RECORDS, STAYS_OPEN }

        private final Fault fault;
        private final List<byte[]> records = new ArrayList<>();
        private boolean closed;

        FaultyStore(Fault fault) {
            this.fault = fault;
        }

        @Override
        public Durability durability() {
            return Durability.VOLATILE;
        }

        @Override
        public synchronized long endPosition() {
            return records.size();
        }

        @Override
        public synchronized CompletableFuture<AppendResult> append(long expectedPosition, List<byte[]> batch) {
            if (closed && fault != Fault.STAYS_OPEN) {
                throw new StorageException("closed");
            }
            if (fault != Fault.ACCEPTS_EMPTY_RECORDS
                    && (batch.isEmpty() || batch.stream().anyMatch(r -> r.length == 0 || r.length > maxRecordSize()))) {
                throw new IllegalArgumentException("empty or oversized");
            }
            if (fault != Fault.IGNORES_EXPECTED_POSITION && expectedPosition != records.size()) {
                throw new kz.saruar.spi.storage.PositionConflictException(expectedPosition, records.size());
            }
            long first = records.size();
            for (byte[] r : batch) {
                records.add(fault == Fault.SHARES_CALLER_ARRAYS ? r : r.clone());
            }
            return CompletableFuture.completedFuture(new AppendResult(first, batch.size()));
        }

        @Override
        public synchronized List<StoredRecord> read(long fromPosition, int maxRecords) {
            if (fromPosition < 0 || fromPosition > records.size() || maxRecords < 1) {
                throw new IllegalArgumentException("bad read");
            }
            List<StoredRecord> out = new ArrayList<>();
            for (long p = fromPosition; p < records.size() && out.size() < maxRecords; p++) {
                out.add(StoredRecord.of(p, records.get((int) p)));
            }
            return out;
        }

        @Override
        public int maxRecordSize() {
            return 1024;
        }

        @Override
        public synchronized void close() {
            closed = true;
        }
    }

    private static JournalStoreContract kit(FaultyStore.Fault fault) {
        return () -> new FaultyStore(fault);
    }

    @Test
    void LFT_06_a_store_that_ignores_the_expected_position_fails() {
        assertThatThrownBy(kit(FaultyStore.Fault.IGNORES_EXPECTED_POSITION)::a_wrong_expected_position_is_refused_and_stores_nothing)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void LFT_06_a_store_that_keeps_the_callers_array_fails() {
        assertThatThrownBy(kit(FaultyStore.Fault.SHARES_CALLER_ARRAYS)::the_store_keeps_its_own_copy)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void LFT_06_a_store_that_accepts_empty_records_fails() {
        assertThatThrownBy(kit(FaultyStore.Fault.ACCEPTS_EMPTY_RECORDS)::empty_and_oversized_records_are_refused)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void LFT_06_a_store_that_appends_after_close_fails() {
        assertThatThrownBy(kit(FaultyStore.Fault.STAYS_OPEN)::a_closed_store_refuses_appends)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void LFT_06_the_same_store_without_a_fault_passes_those_checks() {
        // guards the tests above: each fails because of its fault, not because the double is wrong
        JournalStoreContract ok = () -> new FaultyStore(null);
        ok.a_wrong_expected_position_is_refused_and_stores_nothing();
        ok.the_store_keeps_its_own_copy();
        ok.empty_and_oversized_records_are_refused();
        ok.a_closed_store_refuses_appends();
        ok.appends_get_consecutive_positions();
        ok.reads_beyond_the_end_are_refused();
    }
}
