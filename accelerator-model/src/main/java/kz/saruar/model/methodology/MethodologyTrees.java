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
import java.util.List;
import java.util.Map;
import kz.saruar.model.SaruarException;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.json.JsonReader;
import kz.saruar.model.validation.ProblemKind;
import kz.saruar.model.validation.StructureChecker;

/**
 * The validating path of a methodology file as a JSON tree (FMT-01..03): the strict reader, the
 * merge over the standard file ({@code basedOn}), the structure check and the binding with
 * jackson-databind. Kept apart from {@link MethodologyLoader} so that loading (and verifying) the
 * loader for {@link Methodology#standard()} does not load jackson-databind (for a fast cold start):
 * this class is loaded only when a tree is needed.
 */
final class MethodologyTrees {
    /** The one strict reader for the bytes of a methodology file (FMT-01). */
    static final JsonReader READER = JsonReader.forRule(StructureChecker.FORMAT);
    /** The mapper that binds and writes methodology trees. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MethodologyTrees() {
    }

    /** Merges over the standard file if asked, checks the structure, binds, then checks the document with {@code loader}'s plugins. */
    static Outcome<Methodology> check(MethodologyLoader loader, JsonNode input) {
        JsonNode tree = input.deepCopy();
        if (tree.isObject() && tree.hasNonNull("basedOn")) {
            JsonNode base = tree.get("basedOn");
            if (!base.isTextual() || !base.textValue().equals("standard")) {
                return Outcome.refused(ProblemKind.UNKNOWN_BASE.at("$.basedOn", StructureChecker.FORMAT, base.asText()));
            }
            ObjectNode merged = standardTree();
            mergePatch(merged, (ObjectNode) tree);
            tree = merged;
        }
        List<Reason> problems = StructureChecker.check(MethodologyDocument.class, tree);
        if (!problems.isEmpty()) {
            return MethodologyLoader.refused(problems);
        }
        MethodologyDocument doc;
        try {
            doc = MAPPER.treeToValue(tree, MethodologyDocument.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the structure check above should have caught this: report it rather than throw
            return Outcome.refused(ProblemKind.UNREADABLE.at("$", StructureChecker.FORMAT, "the values cannot be bound"));
        }
        return loader.fromDocument(doc, (ObjectNode) tree);
    }

    /** The standard file through the validating path every other file takes: what {@link MethodologyLoader#standard()} must equal. */
    static Outcome<Methodology> validatedStandard(MethodologyLoader loader) {
        return check(loader, standardTree());
    }

    /** A methodology tree as indented JSON text. */
    static String json(ObjectNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write the methodology as JSON", e);
        }
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
        return StandardTreeHolder.TREE.deepCopy();
    }

    /**
     * The standard file's tree normalized as the structure check normalizes every file (absent
     * optional fields null, absent lists empty): the tree the validating path keeps for
     * {@link Methodology#toJson()} and {@link Methodology#toBuilder()}. Shared; never modified.
     */
    static ObjectNode normalizedStandardTree() {
        return StandardTreeHolder.NORMALIZED;
    }

    /** The standard file's tree, read once when a tree is first asked for. */
    private static final class StandardTreeHolder {
        static final ObjectNode TREE = readStandard();
        static final ObjectNode NORMALIZED = normalized(TREE.deepCopy());

        private static ObjectNode normalized(ObjectNode tree) {
            List<Reason> problems = StructureChecker.check(MethodologyDocument.class, tree);
            if (!problems.isEmpty()) {
                throw new SaruarException("the standard methodology in the jar is invalid: " + problems);
            }
            return tree;
        }

        private StandardTreeHolder() {
        }

        private static ObjectNode readStandard() {
            try (InputStream in = MethodologyTrees.class.getResourceAsStream(MethodologyLoader.STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new SaruarException("the standard methodology is missing from the jar: "
                            + MethodologyLoader.STANDARD_RESOURCE);
                }
                return (ObjectNode) MAPPER.readTree(in);
            } catch (IOException e) {
                throw new SaruarException("the standard methodology cannot be read: " + e.getMessage(), e);
            }
        }
    }
}
