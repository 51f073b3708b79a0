package kz.saruar.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import org.junit.jupiter.api.Test;

/**
 * Fail-stop (LFT-06) when the writer thread itself ends: an append never waits for a writer that
 * is gone; it is refused, and so is every later call.
 */
class WriterStopTest {
    @Test
    void LFT_06_an_interrupted_writer_fails_the_store_instead_of_leaving_appends_waiting() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.start();
                PostgresJournalStore store = PostgresJournalStore.open(pg.jdbcUrl(), new Properties(),
                        PostgresJournalStore.DEFAULT_TABLE, "writer-stop")) {
            store.append(0, List.of(new byte[] {1})).get(30, TimeUnit.SECONDS);
            Field f = PostgresJournalStore.class.getDeclaredField("writer");
            f.setAccessible(true);
            Thread writer = (Thread) f.get(store);
            writer.interrupt();
            writer.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(writer.isAlive()).isFalse();
            // refused at once, or through the future: never a future that waits for ever
            Throwable refused = catchThrowable(() -> store.append(1, List.of(new byte[] {2})).get(30, TimeUnit.SECONDS));
            assertThat(refused).isNotNull();
            Throwable cause = refused instanceof java.util.concurrent.ExecutionException e ? e.getCause() : refused;
            assertThat(cause).isInstanceOf(StorageException.class).hasMessageContaining("interrupted");
            assertThat(catchThrowable(store::endPosition)).isInstanceOf(StorageException.class);
        }
    }
}
