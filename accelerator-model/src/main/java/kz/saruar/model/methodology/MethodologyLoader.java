package kz.saruar.model.methodology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.ProblemKind;
import kz.saruar.spi.plugin.Plugins;
import kz.saruar.spi.plugin.PluginWarning;
import kz.saruar.spi.direction.DirectionProvider;

/**
 * Reads, checks and resolves a methodology file: the standard one shipped in the jar, or another
 * accelerator's. A file may say {@code "basedOn": "standard"} and give only what it changes (a
 * JSON Merge Patch, RFC 7396, over the standard file: objects merge, arrays and numbers replace,
 * {@code null} removes — e.g. {@code "passThreshold": null} asks DEF-08 to derive it).
 *
 * <p>Every problem is reported at once, with its JSON path and rule (FMT-01..03, DEF-03, DEF-08…);
 * an invalid methodology is never half-loaded. Direction plugins (CAT-02) come from the loader's
 * {@link Plugins} ({@link #create(Plugins)}): discovered with {@link java.util.ServiceLoader} unless
 * {@link #withoutDiscovery()}, and handed in with {@link #withDirectionProviders}.
 */
public final class MethodologyLoader {
    /** The classpath resource of the standard methodology. */
    public static final String STANDARD_RESOURCE = "/kz/saruar/model/standard-methodology.json";
    /** The classpath resource of the methodology file's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/kz/saruar/model/methodology.schema.json";
    private final Plugins plugins;

    private MethodologyLoader(Plugins plugins) {
        this.plugins = plugins;
    }

    /** A loader that discovers direction plugins with the library's own class loader. */
    public static MethodologyLoader create() {
        return new MethodologyLoader(Plugins.builder().classLoader(MethodologyLoader.class.getClassLoader()).build());
    }

    /** A loader whose direction plugins (CAT-02) are those of {@code plugins}: a center's plugins handed in one place. */
    public static MethodologyLoader create(Plugins plugins) {
        return new MethodologyLoader(Objects.requireNonNull(plugins, "plugins"));
    }

    /** The same loader with these plugins instead of its own. */
    public MethodologyLoader withPlugins(Plugins plugins) {
        return create(plugins);
    }

    /** The plugins this loader takes its direction providers from. */
    public Plugins plugins() {
        return plugins;
    }

    /** The same loader, discovering plugins with this class loader (e.g. a container's). */
    public MethodologyLoader withClassLoader(ClassLoader loader) {
        return create(plugins.toBuilder().classLoader(Objects.requireNonNull(loader, "loader")).build());
    }

    /** The same loader, also using these providers (handed in code, e.g. by a container). */
    public MethodologyLoader withDirectionProviders(DirectionProvider... more) {
        return create(plugins.toBuilder().directions(more).build());
    }

    /** The same loader, without {@link java.util.ServiceLoader} discovery. */
    public MethodologyLoader withoutDiscovery() {
        return create(plugins.toBuilder().withoutDiscovery().build());
    }

    /**
     * The standard methodology (the 2020 KIOR numbers) with this loader's plugins: the value the
     * validating path gives for the standard file, rebuilt from its compiled form without parsing
     * JSON (for a fast cold start; {@code StandardMethodologyForm}).
     */
    public Outcome<Methodology> standard() {
        MethodologyDocument compiled = StandardHolder.COMPILED;
        return compiled != null ? fromDocument(compiled, null) : MethodologyTrees.validatedStandard(this);
    }

    /**
     * Reads a methodology file with the one strict reader (strict UTF-8, duplicate keys refused,
     * size and depth limits, FMT-01). An unreadable file (missing, not UTF-8, not JSON) is a
     * refusal, not an exception.
     */
    public Outcome<Methodology> load(Path file) {
        return MethodologyTrees.READER.readTree(Objects.requireNonNull(file, "file")).flatMap(this::fromTree);
    }

    /** Reads a methodology from a stream of UTF-8 bytes; the caller closes it. */
    public Outcome<Methodology> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return MethodologyTrees.READER.readTree(in.readAllBytes()).flatMap(this::fromTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a methodology from JSON text. */
    public Outcome<Methodology> parse(String json) {
        return MethodologyTrees.READER.readTree(Objects.requireNonNull(json, "json")).flatMap(this::fromTree);
    }

    /** Checks a methodology tree (the validating path every file takes); see {@link MethodologyTrees}. */
    Outcome<Methodology> fromTree(JsonNode input) {
        return MethodologyTrees.check(this, input);
    }

    /**
     * Adds the plugins' directions (CAT-02) and checks the document (FMT-02, DEF-03…). The standard
     * document ({@code tree} null) skips {@link MethodologyValidator}: the tests prove it finds
     * nothing there with the standard's own direction codes, and plugins' codes only add to the
     * codes a reference may name, so the one problem plugins can cause is a code given twice, which
     * {@link DirectionRegistry} reports here on both paths.
     */
    Outcome<Methodology> fromDocument(MethodologyDocument doc, ObjectNode tree) {
        List<DirectionProvider> all = plugins.directions();
        List<PluginWarning> skipped = plugins.warnings(DirectionProvider.class);
        List<String> warnings = new ArrayList<>(skipped.size());
        for (PluginWarning w : skipped) {
            warnings.add(w.message());
        }
        DirectionRegistry directions = DirectionRegistry.of("methodology:".concat(doc.id()), doc.directions(), all,
                warnings);
        List<Reason> problems = new ArrayList<>(directions.problems());
        if (tree != null) {
            problems.addAll(MethodologyValidator.validate(doc, new HashSet<>(directions.sources().keySet())));
        }
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        return Outcome.accepted(tree == null ? Methodology.ofStandard(doc, directions, plugins)
                : new Methodology(doc, tree, directions, plugins));
    }

    /** Every problem at once, sorted by path; an invalid methodology is never half-loaded. */
    static Outcome<Methodology> refused(List<Reason> problems) {
        return Outcome.refused(ProblemKind.sorted(problems));
    }

    /** RFC 7396: objects merge recursively, {@code null} removes, anything else replaces. */
    static void mergePatch(ObjectNode target, ObjectNode patch) {
        MethodologyTrees.mergePatch(target, patch);
    }

    /** A fresh copy of the standard file's tree. */
    static ObjectNode standardTree() {
        return MethodologyTrees.standardTree();
    }

    /** The standard document from its compiled form, read once; null when the form is not that of the JSON in the jar. */
    private static final class StandardHolder {
        static final MethodologyDocument COMPILED = StandardMethodologyForm.read().orElse(null);

        private StandardHolder() {
        }
    }
}
