package kz.saruar.ledger.store;

import java.net.URI;
import java.util.Objects;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageProvider;

/** The built-in provider of in-memory journals (LFT-06) for {@code memory:} locations; every open gives a new empty store. */
public final class MemoryStorageProvider implements StorageProvider {
    /** For {@link java.util.ServiceLoader}. */
    public MemoryStorageProvider() {
    }

    @Override
    public String providerName() {
        return "saruar-memory";
    }

    @Override
    public boolean supportsScheme(String scheme) {
        return "memory".equalsIgnoreCase(Objects.requireNonNull(scheme, "scheme"));
    }

    @Override
    public JournalStore open(URI location) {
        Objects.requireNonNull(location, "location");
        return new InMemoryJournalStore();
    }
}
