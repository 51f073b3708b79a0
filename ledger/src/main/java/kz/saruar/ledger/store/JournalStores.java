package kz.saruar.ledger.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the storage provider for a journal location (LFT-06): providers handed in code, then
 * those on the class path ({@link java.util.ServiceLoader}), all through one {@link Plugins}, then the built-in file and memory providers.
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
        Objects.requireNonNull(providers, "providers");
        return open(location, Plugins.builder().classLoader(JournalStores.class.getClassLoader())
                .add(StorageProvider.class, providers).build());
    }

    /** Opens {@code location} with the storage providers of a center's {@link Plugins}, then the built-in ones. */
    public static JournalStore open(URI location, Plugins plugins) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(plugins, "plugins");
        String scheme = location.getScheme();
        if (scheme == null) {
            throw new IllegalArgumentException("journal location has no scheme (e.g. file:/path): \"" + location + "\"");
        }
        plugins.warnings(StorageProvider.class).forEach(w -> LOG.warn("{}", w.message()));
        // the plugins come first in their one order (priority, then name); the built-in ones are the fallback
        List<StorageProvider> candidates = new ArrayList<>();
        for (StorageProvider p : plugins.storage()) {
            if (!(p instanceof FileStorageProvider) && !(p instanceof MemoryStorageProvider)) {
                candidates.add(p);
            }
        }
        candidates.add(new FileStorageProvider());
        candidates.add(new MemoryStorageProvider());
        StorageProvider chosen = candidates.stream()
                .filter(p -> p.supportsScheme(scheme))
                .min(Comparator.comparingInt(StorageProvider::priority).reversed()
                        .thenComparing(StorageProvider::providerName))
                .orElseThrow(() -> new StorageException("no storage provider accepts the scheme \"" + scheme + "\" of " + location));
        LOG.debug("journal {} opened by storage provider {}", location, chosen.providerName());
        return chosen.open(location);
    }
}
