package kz.saruar.model.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;

/**
 * Writes the JSON Schema (draft 2020-12) of the methodology file from the same records that
 * {@link StructureChecker} checks against, so that the published schema and the loader agree on
 * structure (FMT-01, FMT-03). Semantic rules (bands, threshold, jury sums, references) are the
 * loader's alone; the schema cannot express them.
 */
public final class SchemaGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final TreeMap<String, JsonNode> defs = new TreeMap<>();

    private SchemaGenerator() {
    }

    /** The schema of a file whose root is the record {@code root}. */
    public static ObjectNode schemaOf(Class<? extends Record> root, String id, String title) {
        SchemaGenerator g = new SchemaGenerator();
        JsonNode rootRef = g.type(root, root);
        ObjectNode schema = F.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        schema.put("$ref", rootRef.get("$ref").asText());
        ObjectNode d = schema.putObject("$defs");
        g.defs.forEach(d::set);
        return schema;
    }

    private JsonNode type(Type type, AnnotatedElement ann) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            JsonNode inner = type(p.getActualTypeArguments()[0], ann);
            if (raw == Optional.class) {
                return nullable(inner);
            }
            ObjectNode a = F.objectNode();
            a.put("type", "array");
            a.set("items", inner);
            return nullable(a);
        }
        Class<?> c = (Class<?>) type;
        ObjectNode s = F.objectNode();
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            s.put("type", "integer");
            if (c == int.class || c == Integer.class) {
                s.put("maximum", Integer.MAX_VALUE);
                s.put("minimum", Integer.MIN_VALUE);
            }
            sign(ann, s);
        } else if (c == BigDecimal.class) {
            s.put("type", "number");
            sign(ann, s);
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else if (c == String.class) {
            s.put("type", "string");
            if (ann.isAnnotationPresent(Code.class)) {
                s.put("pattern", Code.PATTERN);
            }
        } else if (c == RuleId.class) {
            s.put("type", "string");
            s.put("pattern", "^[A-Z]{3}-\\d{2}$");
        } else if (c.isEnum()) {
            ArrayNode e = s.putArray("enum");
            for (Object o : c.getEnumConstants()) {
                e.add(((Enum<?>) o).name());
            }
        } else if (c == LocalizedText.class) {
            return ref("LocalizedText", this::localizedText);
        } else if (c.isRecord()) {
            return ref(c.getSimpleName(), () -> record(c));
        } else {
            throw new IllegalStateException("unsupported type in methodology records: " + c);
        }
        return s;
    }

    private JsonNode ref(String name, java.util.function.Supplier<JsonNode> body) {
        if (!defs.containsKey(name)) {
            defs.put(name, F.objectNode()); // placeholder against recursion
            defs.put(name, body.get());
        }
        ObjectNode r = F.objectNode();
        r.put("$ref", "#/$defs/" + name);
        return r;
    }

    private JsonNode record(Class<?> c) {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        Cites cites = c.getAnnotation(Cites.class);
        if (cites != null) {
            s.put("description", "Rule " + cites.value());
        }
        ObjectNode props = s.putObject("properties");
        ArrayNode required = F.arrayNode();
        for (RecordComponent rc : c.getRecordComponents()) {
            props.set(rc.getName(), type(rc.getGenericType(), rc));
            if (rc.getType() != Optional.class && rc.getType() != List.class) {
                required.add(rc.getName());
            }
        }
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private JsonNode localizedText() {
        ObjectNode s = F.objectNode();
        s.put("type", "object");
        s.put("description", "A text in Kazakh, Russian and English; 'translated' lists the languages that are Saruar's translation (FMT-03)");
        ObjectNode props = s.putObject("properties");
        ArrayNode required = s.putArray("required");
        for (Language l : Language.values()) {
            props.putObject(l.tag()).put("type", "string");
            required.add(l.tag());
        }
        ObjectNode tr = F.objectNode();
        tr.put("type", "array");
        ArrayNode e = tr.putObject("items").putArray("enum");
        for (Language l : Language.values()) {
            e.add(l.tag());
        }
        props.set("translated", nullable(tr));
        s.put("additionalProperties", false);
        return s;
    }

    private static JsonNode nullable(JsonNode inner) {
        ObjectNode s = F.objectNode();
        ArrayNode any = s.putArray("anyOf");
        any.add(inner);
        any.addObject().put("type", "null");
        return s;
    }

    private static void sign(AnnotatedElement ann, ObjectNode s) {
        if (ann.isAnnotationPresent(Positive.class)) {
            s.put("exclusiveMinimum", 0);
        } else if (ann.isAnnotationPresent(NonNegative.class)) {
            s.put("minimum", 0);
        }
    }
}
