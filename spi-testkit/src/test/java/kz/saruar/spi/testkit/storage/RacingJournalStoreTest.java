package kz.saruar.spi.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import kz.saruar.spi.storage.AppendResult;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PositionConflictException;
import org.junit.jupiter.api.Test;

/** The rival writer of {@link RacingJournalStore} gets in first, and the first append loses in the way asked for. */
class RacingJournalStoreTest {
    // a store that refuses appends once closed (its fault, sharing callers' arrays, is harmless to
    // these fresh records): so a view that closed the shared store would fail the last test
    private final JournalStore shared = new JournalStoreContractCanFailTest.FaultyStore(
            JournalStoreContractCanFailTest.FaultyStore.Fault.SHARES_CALLER_ARRAYS);

    private static List<byte[]> record(String text) {
        return List.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private void rival() {
        shared.append(shared.endPosition(), record("rival")).join();
    }

    @Test
    void LFT_06_with_the_rival_first_the_first_append_is_refused_at_once_and_the_next_goes_through() {
        JournalStore mine = RacingJournalStore.rivalFirst(shared, this::rival);
        assertThatThrownBy(() -> mine.append(0, record("mine"))).isInstanceOf(PositionConflictException.class);
        assertThat(shared.endPosition()).isEqualTo(1);
        assertThat(mine.append(1, record("mine")).join().firstPosition()).isEqualTo(1);
    }

    @Test
    void LFT_06_when_the_rival_commits_first_the_append_fails_through_its_future_and_stores_nothing() {
        JournalStore mine = RacingJournalStore.rivalCommitsFirst(shared, this::rival);
        CompletableFuture<AppendResult> lost = mine.append(0, record("mine"));
        assertThatThrownBy(lost::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(PositionConflictException.class)
                .satisfies(c -> assertThat(((PositionConflictException) c).actualPosition()).isEqualTo(1));
        assertThat(shared.read(0, 10)).hasSize(1);
        assertThat(mine.append(1, record("mine")).join().firstPosition()).isEqualTo(1);
    }

    @Test
    void a_plain_view_appends_and_closing_it_leaves_the_shared_store_open() {
        JournalStore view = RacingJournalStore.view(shared);
        view.append(0, record("a")).join();
        view.close();
        assertThat(shared.append(1, record("b")).join().firstPosition()).isEqualTo(1);
        assertThat(view.endPosition()).isEqualTo(2);
    }
}
