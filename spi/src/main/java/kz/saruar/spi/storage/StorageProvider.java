package kz.saruar.spi.storage;

import java.net.URI;
import kz.saruar.spi.Provider;

/**
 * The extension point through which a regional center supplies where LIFTCOIN journals live
 * (LFT-06): files, PostgreSQL, its own database.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/kz.saruar.spi.storage.StorageProvider} file in the plugin's jar) or
 * handed to the library in code; they need a public no-argument constructor for discovery. A
 * location is a URI whose scheme selects the provider, e.g. {@code file:/var/saruar/ledger} or
 * {@code memory:test}. When several providers accept a scheme, the one with the highest
 * {@link Provider#priority()} wins, ties broken by {@link Provider#providerName()}; never by classpath order.
 */
public interface StorageProvider extends Provider {
    /** Whether this provider opens locations with this URI scheme, such as {@code "file"}. */
    boolean supportsScheme(String scheme);

    /**
     * Opens (creating if absent) the journal at {@code location}.
     *
     * @throws StoreLockedException if another writer holds the location
     * @throws StorageException     if the location cannot be opened or its data is corrupted
     */
    JournalStore open(URI location);
}
