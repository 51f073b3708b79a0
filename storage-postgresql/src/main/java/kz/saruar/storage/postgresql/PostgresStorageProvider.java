package kz.saruar.storage.postgresql;

import java.net.URI;
import java.util.Objects;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageProvider;

/**
 * The storage provider for journals on PostgreSQL (LFT-06): opens {@code jdbc:postgresql:…} and
 * {@code postgresql:…} locations as a {@link PostgresJournalStore}; registered for
 * {@link java.util.ServiceLoader}, so having this module on the class path is enough.
 */
public final class PostgresStorageProvider implements StorageProvider {
    /** For {@link java.util.ServiceLoader}. */
    public PostgresStorageProvider() {
    }

    @Override
    public String providerName() {
        return "saruar-postgresql";
    }

    @Override
    public boolean supportsScheme(String scheme) {
        String s = Objects.requireNonNull(scheme, "scheme");
        return "jdbc".equalsIgnoreCase(s) || "postgresql".equalsIgnoreCase(s) || "postgres".equalsIgnoreCase(s);
    }

    /**
     * Opens the stream at {@code location}, e.g.
     * {@code jdbc:postgresql://host:5432/saruar?user=saruar&password=…&saruarStream=ledger}
     * (see {@link PostgresJournalStore}).
     *
     * @throws IllegalArgumentException if the location is a {@code jdbc:} URL of another database
     *                                  or names no stream
     */
    @Override
    public JournalStore open(URI location) {
        return PostgresJournalStore.open(Objects.requireNonNull(location, "location"));
    }
}
