package kz.saruar.ledger.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageProvider;

/** The built-in provider of the embedded file journal (LFT-06) for {@code file:} locations, the default storage. */
public final class FileStorageProvider implements StorageProvider {
    /** For {@link java.util.ServiceLoader}. */
    public FileStorageProvider() {
    }

    @Override
    public String providerName() {
        return "saruar-file";
    }

    @Override
    public boolean supportsScheme(String scheme) {
        return "file".equalsIgnoreCase(Objects.requireNonNull(scheme, "scheme"));
    }

    @Override
    public JournalStore open(URI location) {
        return FileJournalStore.open(Path.of(Objects.requireNonNull(location, "location")));
    }
}
