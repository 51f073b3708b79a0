package kz.saruar.model.methodology;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.validation.ProblemKind;
import kz.saruar.model.validation.StructureChecker;
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
    /** The one strict reader for the bytes of a methodology file (FMT-01). */
    private static final JsonReader READER = JsonReader.forRule(StructureChecker.FORMAT);
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

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

    /** The standard methodology (the 2020 KIOR numbers) with this loader's plugins. */
    public Outcome<Methodology> standard() {
        return fromTree(standardTree());
    }

    /**
     * Reads a methodology file with the one strict reader (strict UTF-8, duplicate keys refused,
     * size and depth limits, FMT-01). An unreadable file (missing, not UTF-8, not JSON) is a
     * refusal, not an exception.
     */
    public Outcome<Methodology> load(Path file) {
        return READER.readTree(Objects.requireNonNull(file, "file")).flatMap(this::fromTree);
    }

    /** Reads a methodology from a stream of UTF-8 bytes; the caller closes it. */
    public Outcome<Methodology> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return READER.readTree(in.readAllBytes()).flatMap(this::fromTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a methodology from JSON text. */
    public Outcome<Methodology> parse(String json) {
        return READER.readTree(Objects.requireNonNull(json, "json")).flatMap(this::fromTree);
    }

    Outcome<Methodology> fromTree(JsonNode input) {
        JsonNode tree = input.deepCopy();
        if (tree.isObject() && tree.hasNonNull("basedOn")) {
            JsonNode base = tree.get("basedOn");
            if (!base.isTextual() || !base.textValue().equals("standard")) {
                return Outcome.refused(ProblemKind.UNKNOWN_BASE.at("$.basedOn", StructureChecker.FORMAT, base.asText()));
            }
            JsonNode merged = standardTree();
            mergePatch((ObjectNode) merged, (ObjectNode) tree);
            tree = merged;
        }
        List<Reason> problems = new ArrayList<>(StructureChecker.check(MethodologyDocument.class, tree));
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        MethodologyDocument doc;
        try {
            doc = MAPPER.treeToValue(tree, MethodologyDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the structure check above should have caught this: report it rather than throw
            return Outcome.refused(ProblemKind.UNREADABLE.at("$", StructureChecker.FORMAT, "the values cannot be bound"));
        }
        List<DirectionProvider> all = plugins.directions();
        List<String> warnings = plugins.warnings(DirectionProvider.class).stream().map(PluginWarning::message).toList();
        DirectionRegistry directions = DirectionRegistry.of("methodology:" + doc.id(), doc.directions(), all,
                warnings);
        Set<String> codes = new HashSet<>(directions.sources().keySet());
        problems.addAll(directions.problems());
        problems.addAll(MethodologyValidator.validate(doc, codes));
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        return Outcome.accepted(new Methodology(doc, (ObjectNode) tree, directions, plugins));
    }

    /** Every problem at once, sorted by path; an invalid methodology is never half-loaded. */
    private static Outcome<Methodology> refused(List<Reason> problems) {
        return Outcome.refused(ProblemKind.sorted(problems));
    }

    /** RFC 7396: objects merge recursively, {@code null} removes, anything else replaces. */
    static void mergePatch(ObjectNode target, ObjectNode patch) {
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            JsonNode v = e.getValue();
            if (v.isNull()) {
                target.remove(e.getKey());
            } else if (v.isObject() && target.get(e.getKey()) instanceof ObjectNode t) {
                mergePatch(t, (ObjectNode) v);
            } else {
                target.set(e.getKey(), v.deepCopy());
            }
        }
    }

    /** A fresh copy of the standard file's tree. */
    static ObjectNode standardTree() {
        return StandardHolder.TREE.deepCopy();
    }

    private static final class StandardHolder {
        static final ObjectNode TREE = readStandard();

        private static ObjectNode readStandard() {
            try (InputStream in = MethodologyLoader.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new SaruarException("the standard methodology is missing from the jar: " + STANDARD_RESOURCE);
                }
                return (ObjectNode) MAPPER.readTree(in);
            } catch (IOException e) {
                throw new SaruarException("the standard methodology cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
