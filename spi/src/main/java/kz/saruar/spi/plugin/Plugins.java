package kz.saruar.spi.plugin;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import kz.saruar.spi.Provider;
import kz.saruar.spi.calendar.HolidayCalendarProvider;
import kz.saruar.spi.direction.DirectionProvider;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.notification.NotificationProvider;
import kz.saruar.spi.storage.StorageProvider;

/**
 * The one entry point for a regional center's plugins (ARCHITECTURE.md "Extension points"):
 * directions (CAT-02), document templates, holiday calendars, notifications and storage, handed in
 * code and/or discovered with {@link ServiceLoader}.
 *
 * <pre>{@code
 * Plugins plugins = Plugins.builder()
 *         .directions(new UrbanismDirections())
 *         .holidays(new MyCenterHolidays())          // a center's own HolidayCalendarProvider
 *         .storage(new PostgresStorageProvider())    // saruar-storage-postgresql
 *         .withoutDiscovery()
 *         .build();
 * }</pre>
 *
 * <p>One rule for every kind:
 * <ul>
 *   <li><b>Discovery</b> ({@link ServiceLoader} with the builder's class loader, by default the one
 *       that loaded this class) instantiates each provider on its own. A provider whose class is
 *       missing, whose constructor throws, or whose {@link Provider#providerName()} or
 *       {@link Provider#priority()} throws or is blank is skipped and reported in
 *       {@link #warnings()} with its name, its jar and the cause; the others still load.</li>
 *   <li><b>Order</b>: {@link Provider#priority()} higher first, then {@link Provider#providerName()};
 *       never classpath order. Handed-in and discovered providers are ordered together.</li>
 *   <li><b>Duplicates</b>: two providers of one kind with the same name are refused with a
 *       {@link PluginException} naming both (handed-in ones at {@link Builder#build()}, discovered
 *       ones when that kind is first asked for). The same class handed in and also discovered is one
 *       plugin: the handed-in instance is kept.</li>
 * </ul>
 * Discovery runs once per kind, when that kind is first asked for; a {@code Plugins} is immutable
 * and safe to share between threads. The library's built-in defaults (the six directions of CAT-01,
 * the built-in templates, the Kazakhstan calendar, the file and memory stores, the log notifier)
 * are not plugins: each module adds its own after these.
 */
public final class Plugins {
    /** The location reported for a provider handed in code. */
    public static final String HANDED_IN_CODE = "handed in code";

    private static final List<Class<? extends Provider>> KINDS = List.of(DirectionProvider.class,
            DocumentTemplateProvider.class, HolidayCalendarProvider.class, NotificationProvider.class,
            StorageProvider.class);

    private final boolean discover;
    private final ClassLoader classLoader;
    private final Map<Class<? extends Provider>, List<Provider>> given;
    private final Map<Class<? extends Provider>, Resolved> resolved = new HashMap<>();

    private record Resolved(List<Provider> providers, List<PluginWarning> warnings) {
    }

    private Plugins(Builder b) {
        this.discover = b.discover;
        this.classLoader = b.classLoader;
        Map<Class<? extends Provider>, List<Provider>> copy = new LinkedHashMap<>();
        // plain loops on this path: the first lambda of a JVM costs ~15 ms (Methodology.standard()'s cold start)
        for (Map.Entry<Class<? extends Provider>, List<Provider>> e : b.given.entrySet()) {
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        this.given = Collections.unmodifiableMap(copy);
    }

    /** A builder with discovery on and no provider handed in. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every plugin {@link ServiceLoader} finds with the class loader of this class. */
    public static Plugins discover() {
        return builder().build();
    }

    /** No plugin at all: the library's built-in defaults alone. */
    public static Plugins none() {
        return builder().withoutDiscovery().build();
    }

    /** A builder with this instance's handed-in providers, class loader and discovery setting. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.discover = discover;
        b.classLoader = classLoader;
        for (Map.Entry<Class<? extends Provider>, List<Provider>> e : given.entrySet()) {
            b.given.put(e.getKey(), new ArrayList<>(e.getValue()));
        }
        return b;
    }

    /** Whether providers are discovered with {@link ServiceLoader} besides those handed in code. */
    public boolean discovers() {
        return discover;
    }

    /** The direction providers (CAT-02), in order. */
    public List<DirectionProvider> directions() {
        return providers(DirectionProvider.class);
    }

    /** The document template providers, in order. */
    public List<DocumentTemplateProvider> documents() {
        return providers(DocumentTemplateProvider.class);
    }

    /** The holiday calendar providers, in order. */
    public List<HolidayCalendarProvider> holidays() {
        return providers(HolidayCalendarProvider.class);
    }

    /** The notification providers, in order. */
    public List<NotificationProvider> notifications() {
        return providers(NotificationProvider.class);
    }

    /** The storage providers, in order. */
    public List<StorageProvider> storage() {
        return providers(StorageProvider.class);
    }

    /** The providers of one kind, in order: priority (higher first), then name. */
    public <P extends Provider> List<P> providers(Class<P> kind) {
        checkKind(kind);
        List<P> out = new ArrayList<>();
        for (Provider p : resolve(kind).providers()) {
            out.add(kind.cast(p));
        }
        return Collections.unmodifiableList(out);
    }

    /** The providers of one kind that were skipped, with the reason. */
    public List<PluginWarning> warnings(Class<? extends Provider> kind) {
        checkKind(kind);
        return resolve(kind).warnings();
    }

    /** Every provider that was skipped, of every kind (this resolves every kind). */
    public List<PluginWarning> warnings() {
        List<PluginWarning> all = new ArrayList<>();
        for (Class<? extends Provider> k : KINDS) {
            all.addAll(resolve(k).warnings());
        }
        return Collections.unmodifiableList(all);
    }

    private static void checkKind(Class<?> kind) {
        Objects.requireNonNull(kind, "kind");
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("not a Saruar extension point: " + kind.getName()
                    + "; one of " + KINDS.stream().map(Class::getSimpleName).toList());
        }
    }

    private synchronized Resolved resolve(Class<? extends Provider> kind) {
        Resolved r = resolved.get(kind);
        if (r == null) {
            r = load(kind);
            resolved.put(kind, r);
        }
        return r;
    }

    private Resolved load(Class<? extends Provider> kind) {
        List<PluginWarning> warnings = new ArrayList<>();
        List<Named> all = new ArrayList<>();
        for (Provider p : given.getOrDefault(kind, List.of())) {
            addIfNamed(all, named(kind, p, HANDED_IN_CODE, warnings));
        }
        if (discover) {
            for (Named n : discovered(kind, warnings)) {
                boolean sameClassHandedIn = false;
                for (Named h : all) {
                    sameClassHandedIn |= h.location().equals(HANDED_IN_CODE) && h.provider().getClass() == n.provider().getClass();
                }
                if (!sameClassHandedIn) {
                    all.add(n);
                }
            }
        }
        rejectDuplicates(kind, all);
        all.sort(ORDER);
        List<Provider> providers = new ArrayList<>(all.size());
        for (Named n : all) {
            providers.add(n.provider());
        }
        return new Resolved(List.copyOf(providers), List.copyOf(warnings));
    }

    /** A provider with the name and priority read once, so that ordering cannot throw. */
    private record Named(Provider provider, String name, int priority, String location) {
    }

    /** Priority, higher first, then name. */
    private static final Comparator<Named> ORDER = new ByPriorityThenName();

    private static final class ByPriorityThenName implements Comparator<Named> {
        @Override
        public int compare(Named a, Named b) {
            int byPriority = Integer.compare(b.priority(), a.priority());
            return byPriority != 0 ? byPriority : a.name().compareTo(b.name());
        }
    }

    private static void addIfNamed(List<Named> list, java.util.Optional<Named> named) {
        if (named.isPresent()) {
            list.add(named.get());
        }
    }

    private static java.util.Optional<Named> named(Class<?> kind, Provider p, String location, List<PluginWarning> warnings) {
        String name;
        int priority;
        try {
            name = p.providerName();
            priority = p.priority();
        } catch (RuntimeException | LinkageError e) {
            warnings.add(new PluginWarning(kind.getSimpleName(), p.getClass().getName(), location,
                    "providerName() or priority() failed: " + e));
            return java.util.Optional.empty();
        }
        if (name == null || name.isBlank()) {
            warnings.add(new PluginWarning(kind.getSimpleName(), p.getClass().getName(), location,
                    "providerName() is " + (name == null ? "null" : "blank")));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Named(p, name, priority, location));
    }

    private List<Named> discovered(Class<? extends Provider> kind, List<PluginWarning> warnings) {
        List<Named> found = new ArrayList<>();
        Iterator<? extends ServiceLoader.Provider<? extends Provider>> it =
                ServiceLoader.load(kind, classLoader).stream().iterator();
        // ServiceLoader moves past a bad entry before throwing; the bound only guards a loader that does not.
        for (int failures = 0; failures < 1000; ) {
            ServiceLoader.Provider<? extends Provider> sp;
            try {
                if (!it.hasNext()) {
                    break;
                }
                sp = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                failures++;
                warnings.add(new PluginWarning(kind.getSimpleName(), "unknown", "unknown location", describe(e)));
                continue;
            }
            String location = location(sp.type());
            Provider p;
            try {
                p = sp.get();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures++;
                warnings.add(new PluginWarning(kind.getSimpleName(), sp.type().getName(), location, describe(e)));
                continue;
            }
            addIfNamed(found, named(kind, p, location, warnings));
        }
        return found;
    }

    private static void rejectDuplicates(Class<?> kind, List<Named> all) {
        Map<String, Named> byName = new HashMap<>();
        for (Named n : all) {
            Named first = byName.putIfAbsent(n.name(), n);
            if (first != null) {
                throw new PluginException("two " + kind.getSimpleName() + "s are named \"" + n.name() + "\": "
                        + first.provider().getClass().getName() + " (" + first.location() + ") and "
                        + n.provider().getClass().getName() + " (" + n.location() + "); give one another providerName()");
            }
        }
    }

    private static String describe(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            b.append(" (caused by ").append(c).append(')');
            if (c.getCause() == null) {
                break;
            }
        }
        return b.toString();
    }

    private static String location(Class<?> type) {
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? "unknown location" : cs.getLocation().toString();
        } catch (SecurityException e) {
            return "unknown location";
        }
    }

    /**
     * Collects providers handed in code and the discovery setting. Adding a provider is checked
     * for {@code null} at once; names are checked by {@link #build()}.
     */
    public static final class Builder {
        private boolean discover = true;
        private ClassLoader classLoader = Plugins.class.getClassLoader();
        private final Map<Class<? extends Provider>, List<Provider>> given = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds direction providers (CAT-02). */
        public Builder directions(DirectionProvider... providers) {
            return add(DirectionProvider.class, providers);
        }

        /** Adds document template providers. */
        public Builder documents(DocumentTemplateProvider... providers) {
            return add(DocumentTemplateProvider.class, providers);
        }

        /** Adds holiday calendar providers. */
        public Builder holidays(HolidayCalendarProvider... providers) {
            return add(HolidayCalendarProvider.class, providers);
        }

        /** Adds notification providers. */
        public Builder notifications(NotificationProvider... providers) {
            return add(NotificationProvider.class, providers);
        }

        /** Adds storage providers. */
        public Builder storage(StorageProvider... providers) {
            return add(StorageProvider.class, providers);
        }

        /** Adds providers of one kind, e.g. {@code add(DirectionProvider.class, list)}. */
        @SafeVarargs
        public final <P extends Provider> Builder add(Class<P> kind, P... providers) {
            return add(kind, List.of(Objects.requireNonNull(providers, "providers")));
        }

        /** Adds providers of one kind from a collection. */
        public <P extends Provider> Builder add(Class<P> kind, java.util.Collection<? extends P> providers) {
            checkKind(kind);
            Objects.requireNonNull(providers, "providers");
            List<Provider> list = given.get(kind);
            if (list == null) {
                list = new ArrayList<>();
                given.put(kind, list);
            }
            for (P p : providers) {
                list.add(kind.cast(Objects.requireNonNull(p, "provider")));
            }
            return this;
        }

        /** Switches {@link ServiceLoader} discovery off: only providers handed in code are used. */
        public Builder withoutDiscovery() {
            discover = false;
            return this;
        }

        /** Switches discovery on (the default). */
        public Builder withDiscovery() {
            discover = true;
            return this;
        }

        /** Discovers with this class loader (a container's or a plugin folder's) instead of the library's. */
        public Builder classLoader(ClassLoader loader) {
            classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * The plugins.
         *
         * @throws PluginException if two providers of one kind handed in code have the same name
         */
        public Plugins build() {
            for (Map.Entry<Class<? extends Provider>, List<Provider>> e : given.entrySet()) {
                List<Named> named = new ArrayList<>();
                for (Provider p : e.getValue()) {
                    addIfNamed(named, named(e.getKey(), p, HANDED_IN_CODE, new ArrayList<>()));
                }
                rejectDuplicates(e.getKey(), named);
            }
            return new Plugins(this);
        }
    }
}
