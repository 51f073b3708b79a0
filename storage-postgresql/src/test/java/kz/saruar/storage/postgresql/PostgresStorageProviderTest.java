package kz.saruar.storage.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.ServiceLoader;
import kz.saruar.spi.storage.Durability;
import kz.saruar.spi.storage.JournalCorruptedException;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StorageProvider;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgres;
import kz.saruar.storage.postgresql.testing.ThrowawayPostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The provider for {@code jdbc:postgresql:} locations (LFT-06): discovery, the location's form, the size limit. */
@ExtendWith(ThrowawayPostgresExtension.class)
class PostgresStorageProviderTest {
    @Test
    void the_provider_is_found_by_service_loader_and_opens_a_location(ThrowawayPostgres pg) {
        StorageProvider provider = ServiceLoader.load(StorageProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof PostgresStorageProvider).findFirst().orElseThrow();
        assertThat(provider.supportsScheme("jdbc")).isTrue();
        assertThat(provider.supportsScheme("file")).isFalse();
        URI location = URI.create(pg.jdbcUrl() + "&saruarStream=provider&saruarTable=app.journal");
        try (JournalStore store = provider.open(location)) {
            assertThat(store.durability()).isEqualTo(Durability.DURABLE);
            store.append(0, List.of(new byte[] {1, 2})).join();
            assertThat(((PostgresJournalStore) store).table()).isEqualTo("app.journal");
            assertThat(((PostgresJournalStore) store).stream()).isEqualTo("provider");
        }
        try (JournalStore again = PostgresJournalStore.open(URI.create("postgresql://127.0.0.1:" + pg.port()
                + "/postgres?user=postgres&saruarTable=app.journal&saruarStream=provider"))) {
            assertThat(again.endPosition()).isEqualTo(1);
        }
    }

    @Test
    void LFT_06_a_stream_with_a_gap_is_refused_naming_the_first_missing_position(ThrowawayPostgres pg) throws Exception {
        for (long gone : new long[] {0, 1, 2}) {
            String stream = "gap-" + gone;
            try (JournalStore store = PostgresJournalStore.open(URI.create(pg.jdbcUrl() + "&saruarStream=" + stream))) {
                store.append(0, List.of(new byte[] {1}, new byte[] {2}, new byte[] {3}, new byte[] {4})).join();
            }
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(pg.jdbcUrl());
                    java.sql.PreparedStatement ps = c.prepareStatement("DELETE FROM " + PostgresJournalStore.DEFAULT_TABLE
                            + " WHERE stream = ? AND position = ?")) {
                ps.setString(1, stream);
                ps.setLong(2, gone);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                    () -> PostgresJournalStore.open(URI.create(pg.jdbcUrl() + "&saruarStream=" + stream)).close());
            assertThat(t).as("gone %d", gone).isInstanceOf(JournalCorruptedException.class)
                    .hasMessageContaining("positions are missing, the first at " + gone);
            assertThat(((JournalCorruptedException) t).position()).hasValue(gone);
        }
    }

    @Test
    void a_location_without_a_stream_or_with_a_bad_table_is_refused() {
        assertThatThrownBy(() -> PostgresJournalStore.open(URI.create("jdbc:postgresql://h/db?user=u&password=secret")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("saruarStream").hasMessageNotContaining("secret");
        // the TLS key's password too, whatever its case, and the other parameters stay readable
        assertThatThrownBy(() -> PostgresJournalStore.open(URI.create(
                "jdbc:postgresql://h/db?sslmode=verify-full&SSLPassword=keysecret&password=secret")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret")
                .hasMessageContaining("sslmode=verify-full");
        assertThatThrownBy(() -> PostgresJournalStore.open(URI.create("jdbc:postgresql://h/db?saruarStream=s&saruarTable=x;drop")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x;drop");
        assertThatThrownBy(() -> PostgresJournalStore.open(URI.create("jdbc:mysql://h/db?saruarStream=s")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_unreachable_server_is_a_storage_exception_without_the_password() {
        assertThatThrownBy(() -> PostgresJournalStore.open(URI.create(
                "jdbc:postgresql://127.0.0.1:1/db?user=u&password=secret&connectTimeout=2&saruarStream=s")))
                .isInstanceOf(StorageException.class).hasMessageContaining("127.0.0.1:1/db").hasMessageNotContaining("secret");
    }

    @Test
    void a_record_larger_than_the_limit_is_refused(ThrowawayPostgres pg) {
        try (JournalStore store = PostgresJournalStore.open(URI.create(pg.jdbcUrl() + "&saruarStream=oversized"))) {
            assertThat(store.maxRecordSize()).isEqualTo(PostgresJournalStore.MAX_RECORD_SIZE);
            assertThatThrownBy(() -> store.append(0, List.of(new byte[] {1}, new byte[store.maxRecordSize() + 1])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than " + store.maxRecordSize());
            assertThat(store.endPosition()).isZero();
            byte[] largest = new byte[store.maxRecordSize()];
            largest[largest.length - 1] = 7;
            store.append(0, List.of(largest)).join();
            assertThat(store.read(0, 1).get(0).payload()).isEqualTo(largest);
        }
    }
}
