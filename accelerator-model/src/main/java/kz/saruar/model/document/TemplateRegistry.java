package kz.saruar.model.document;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.StringReader;
import java.io.Writer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.saruar.model.Language;
import kz.saruar.spi.plugin.PluginWarning;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.document.DocumentTemplate;
import kz.saruar.spi.document.DocumentTemplateProvider;
import kz.saruar.spi.document.TemplateFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document templates in force (APP-03, APP-05, PRE-04, EXP-04, DEF-09..11, EXT-03): the built-in ones ({@link BuiltInTemplates}) and those of
 * providers of a {@link Plugins} (found with {@link java.util.ServiceLoader} or handed in code). For each kind, language and format
 * the template of the provider with the highest priority wins, ties broken by provider name. Each
 * provider is loaded on its own; one that throws or supplies an invalid template (a bad code or
 * language, a duplicate, a template that does not compile, unescaped output or partials) is
 * reported in {@link #warnings()} and skipped as a whole.
 */
public final class TemplateRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateRegistry.class);
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]*$");
    /** Tags that would write unescaped text, load other files or change delimiters. */
    private static final Pattern FORBIDDEN = Pattern.compile("\\{\\{\\s*[{&>=<$]");

    /** A template chosen for a kind, language and format, compiled, with the provider that gave it. */
    record Entry(DocumentTemplate template, String provider, int priority, Mustache mustache) {
    }

    private record Key(String kind, Language language, TemplateFormat format) {
    }

    private final ImmutableMap<Key, Entry> entries;
    private final ImmutableList<String> warnings;

    private TemplateRegistry(Map<Key, Entry> entries, List<String> warnings) {
        this.entries = ImmutableMap.copyOf(entries);
        this.warnings = ImmutableList.copyOf(warnings);
    }

    /** The built-in templates and those of providers on the classpath. */
    public static TemplateRegistry standard() {
        return builder().build();
    }

    /** The built-in templates and those of a center's {@link Plugins}. */
    public static TemplateRegistry of(Plugins plugins) {
        return builder().withPlugins(plugins).build();
    }

    /** A builder that starts with the built-in templates and discovery switched on. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TemplateRegistry}; its providers come from one {@link Plugins}. */
    public static final class Builder {
        private boolean builtIn = true;
        private Plugins.Builder plugins = Plugins.builder().classLoader(TemplateRegistry.class.getClassLoader());
        private Plugins given;

        private Builder() {
        }

        /** Takes the providers from these plugins (their discovery setting and class loader too). */
        public Builder withPlugins(Plugins plugins) {
            this.given = Objects.requireNonNull(plugins, "plugins");
            this.plugins = plugins.toBuilder();
            return this;
        }

        /** Do not look for providers with {@link java.util.ServiceLoader}. */
        public Builder withoutDiscovery() {
            plugins.withoutDiscovery();
            given = null;
            return this;
        }

        /** Discover providers with this class loader (a container's or a plugin folder's) instead of the library's. */
        public Builder withClassLoader(ClassLoader loader) {
            plugins.classLoader(Objects.requireNonNull(loader, "loader"));
            given = null;
            return this;
        }

        /** Leave the built-in templates out (a center that supplies all its own). */
        public Builder withoutBuiltIn() {
            builtIn = false;
            return this;
        }

        /** Adds providers handed in code. */
        public Builder withProviders(DocumentTemplateProvider... more) {
            plugins.documents(more);
            given = null;
            return this;
        }

        /** The registry. */
        public TemplateRegistry build() {
            // an unchanged Plugins instance keeps the providers it already discovered
            Plugins p = given != null ? given : plugins.build();
            List<String> warnings = new ArrayList<>();
            for (PluginWarning w : p.warnings(DocumentTemplateProvider.class)) {
                LOG.warn("{}", w.message());
                warnings.add(w.message());
            }
            List<DocumentTemplateProvider> all = new ArrayList<>();
            if (builtIn) {
                all.add(new BuiltInTemplates());
            }
            all.addAll(p.documents());
            if (all.size() == (builtIn ? 1 : 0)) {
                LOG.debug("no document template provider found; the built-in templates are used");
            }
            return TemplateRegistry.of(all, warnings);
        }
    }

    private static TemplateRegistry of(List<DocumentTemplateProvider> providers, List<String> warnings) {
        record Loaded(String name, int priority, List<Entry> entries) {
        }
        List<Loaded> loaded = new ArrayList<>();
        for (DocumentTemplateProvider p : providers) {
            String name = safeName(p);
            try {
                int priority = p.priority();
                List<DocumentTemplate> ts = p.templates();
                if (ts == null) {
                    throw new IllegalStateException("templates() returned null");
                }
                Set<Key> seen = new HashSet<>();
                List<Entry> es = new ArrayList<>();
                for (DocumentTemplate t : ts) {
                    Key k = validate(t);
                    if (!seen.add(k)) {
                        throw new IllegalStateException("template " + t.kind() + "/" + t.language() + "/" + t.format()
                                + " is given twice");
                    }
                    es.add(new Entry(t, name, priority, compile(t)));
                }
                loaded.add(new Loaded(name, priority, es));
            } catch (RuntimeException e) {
                String w = "document template provider " + name + " was skipped: " + e.getMessage();
                LOG.warn(w);
                warnings.add(w);
            }
        }
        loaded.sort(Comparator.comparingInt(Loaded::priority).reversed().thenComparing(Loaded::name));
        Map<Key, Entry> chosen = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            for (Entry e : l.entries()) {
                chosen.putIfAbsent(key(e.template()), e);
            }
        }
        return new TemplateRegistry(chosen, warnings);
    }

    private static Key key(DocumentTemplate t) {
        return new Key(t.kind(), Language.of(t.language()), t.format());
    }

    private static Key validate(DocumentTemplate t) {
        if (t == null) {
            throw new IllegalStateException("templates() contains null");
        }
        if (!CODE.matcher(t.kind()).matches()) {
            throw new IllegalStateException("kind \"" + t.kind() + "\" does not match [A-Z][A-Z0-9_]*");
        }
        if (Language.fromTag(t.language()).isEmpty()) {
            throw new IllegalStateException("language \"" + t.language() + "\" of " + t.kind() + " is not kk, ru or en");
        }
        if (t.text().isBlank()) {
            throw new IllegalStateException("template " + t.kind() + "/" + t.language() + " is blank");
        }
        if (FORBIDDEN.matcher(t.text()).find()) {
            throw new IllegalStateException("template " + t.kind() + "/" + t.language() + "/" + t.format()
                    + " uses unescaped output, partials or delimiter changes ({{{, {{&, {{>, {{<, {{=, {{$)");
        }
        return key(t);
    }

    private static Mustache compile(DocumentTemplate t) {
        DefaultMustacheFactory f = factory(t.format());
        try {
            return f.compile(new StringReader(t.text()), t.kind() + "." + t.language() + "." + t.format().extension());
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + t.kind() + "/" + t.language() + "/" + t.format()
                    + " does not compile: " + e.getMessage(), e);
        }
    }

    private static DefaultMustacheFactory factory(TemplateFormat format) {
        return new DefaultMustacheFactory(name -> null) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(format == TemplateFormat.HTML ? Escapers.html(value) : Escapers.markdown(value));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static String safeName(DocumentTemplateProvider p) {
        try {
            String n = p.providerName();
            return n == null || n.isBlank() ? p.getClass().getName() : n;
        } catch (RuntimeException e) {
            return p.getClass().getName();
        }
    }

    Optional<Entry> entry(String kind, Language language, TemplateFormat format) {
        return Optional.ofNullable(entries.get(new Key(kind, language, format)));
    }

    /** The template in force for a kind, language and format. */
    public Optional<DocumentTemplate> find(String kind, Language language, TemplateFormat format) {
        return entry(kind, language, format).map(Entry::template);
    }

    /** The name of the provider whose template is in force, e.g. {@value BuiltInTemplates#NAME}. */
    public Optional<String> source(String kind, Language language, TemplateFormat format) {
        return entry(kind, language, format).map(Entry::provider);
    }

    /** Every document kind that has at least one template, sorted. */
    public List<String> kinds() {
        return entries.keySet().stream().map(Key::kind).distinct().sorted().toList();
    }

    /** What went wrong with providers that were skipped (never fatal). */
    public List<String> warnings() {
        return warnings;
    }
}
