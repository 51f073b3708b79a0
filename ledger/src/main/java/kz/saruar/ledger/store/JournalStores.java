package kz.saruar.ledger.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the storage provider for a journal location (LFT-06): providers handed in code, then
 * those on the class path ({@link ServiceLoader}), then the built-in file and memory providers.
 * Among those that accept the scheme, the highest {@link StorageProvider#priority()} wins, ties
 * broken by {@link StorageProvider#providerName()}. A provider that fails to load is reported and
 * skipped.
 */
public final class JournalStores {
    private static final Logger LOG = LoggerFactory.getLogger(JournalStores.class);

    private JournalStores() {
    }

    /** Opens {@code location} with the discovered and built-in providers. */
    public static JournalStore open(URI location) {
        return open(location, List.of());
    }

    /** Opens {@code location}, considering {@code providers} besides the discovered and built-in ones. */
    public static JournalStore open(URI location, Collection<? extends StorageProvider> providers) {
        Objects.requireNonNull(location, "location");
        String scheme = location.getScheme();
        if (scheme == null) {
            throw new IllegalArgumentException("journal location has no scheme (e.g. file:/path): \"" + location + "\"");
        }
        StorageProvider chosen = candidates(providers).stream()
                .filter(p -> p.supportsScheme(scheme))
                .min(Comparator.comparingInt(StorageProvider::priority).reversed()
                        .thenComparing(StorageProvider::providerName))
                .orElseThrow(() -> new StorageException("no storage provider accepts the scheme \"" + scheme + "\" of " + location));
        LOG.debug("journal {} opened by storage provider {}", location, chosen.providerName());
        return chosen.open(location);
    }

    private static List<StorageProvider> candidates(Collection<? extends StorageProvider> given) {
        List<StorageProvider> all = new ArrayList<>(Objects.requireNonNull(given, "providers"));
        Iterator<StorageProvider> it = ServiceLoader.load(StorageProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                StorageProvider p = it.next();
                if (!(p instanceof FileStorageProvider) && !(p instanceof MemoryStorageProvider)) {
                    all.add(p);
                }
            } catch (ServiceConfigurationError e) {
                LOG.warn("a storage provider failed to load and is skipped: {}", e.getMessage());
            }
        }
        all.add(new FileStorageProvider());
        all.add(new MemoryStorageProvider());
        return all;
    }
}
