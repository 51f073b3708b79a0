package kz.saruar.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.saruar.spi.storage.StoredRecord;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * LFT-06: the in-memory store keeps records of up to 64 KiB in shared 1 MiB chunks (a record that
 * does not fit in what is left of one starts the next) and larger ones in arrays of their own;
 * whatever the sizes, every record reads back as appended, and a refused batch keeps none of its
 * records.
 */
class InMemoryJournalStoreProperties {
    @Property(tries = 30)
    void LFT_06_records_read_back_as_appended_across_chunk_boundaries(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 300_000) Integer> sizes,
            @ForAll @IntRange(min = 1, max = 7) int batch) {
        assertReadBack(sizes, batch);
    }

    @Example
    void LFT_06_many_records_just_under_the_shared_limit_fill_chunk_after_chunk() {
        // 60,000-byte records leave 28,576 bytes of each 1 MiB chunk unused and start the next;
        // every fifth one (70,000 bytes) gets an array of its own in between
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            sizes.add(i % 5 == 4 ? 70_000 : 60_000);
        }
        assertReadBack(sizes, 3);
    }

    private static void assertReadBack(List<Integer> sizes, int batch) {
        InMemoryJournalStore store = new InMemoryJournalStore();
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < sizes.size(); i += batch) {
            List<byte[]> b = new ArrayList<>();
            for (int k = i; k < Math.min(sizes.size(), i + batch); k++) {
                byte[] r = new byte[sizes.get(k)];
                Arrays.fill(r, (byte) (k * 31 + 7));
                r[0] = (byte) k;
                r[r.length - 1] = (byte) (k + 1);
                b.add(r);
            }
            store.append(written.size(), b).join();
            written.addAll(b);
        }
        assertThat(store.endPosition()).isEqualTo(written.size());
        List<StoredRecord> back = store.read(0, written.size());
        for (int i = 0; i < written.size(); i++) {
            assertThat(back.get(i).position()).isEqualTo(i);
            assertThat(back.get(i).payload()).as("record %d", i).isEqualTo(written.get(i));
        }
    }

    @Property(tries = 20)
    void LFT_06_a_refused_batch_keeps_none_of_its_records(@ForAll @IntRange(min = 0, max = 5) int bad,
            @ForAll @IntRange(min = 1, max = 6) int size) {
        InMemoryJournalStore store = new InMemoryJournalStore();
        store.append(0, List.of(new byte[] {1})).join();
        List<byte[]> b = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            b.add(i == bad ? new byte[0] : new byte[] {2, (byte) i});
        }
        if (bad < size) {
            assertThatThrownBy(() -> store.append(1, b)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("record " + bad);
            assertThat(store.endPosition()).isEqualTo(1);
        } else {
            store.append(1, b).join();
            assertThat(store.endPosition()).isEqualTo(1 + size);
        }
        assertThat(store.read(0, 1).get(0).payload()).containsExactly(1);
    }
}
