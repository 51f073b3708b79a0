package kz.saruar.model.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kz.saruar.model.RuleId;
import kz.saruar.model.decision.Reason;

/**
 * The walk over a JSON object's fields that every record-driven structure check shares (the
 * methodology file's {@link StructureChecker}, FMT-01, and {@link kz.saruar.model.json.JsonReader}
 * for every input): fields the record does not have, required fields that are missing, and each
 * present component with the rule that its nearest {@link Cites} names. An absent list becomes
 * {@code []} and an absent optional value {@code null}, ready for binding. Both describe a value
 * of the wrong type the same way ({@link #describe}).
 */
public final class RecordFields {
    /**
     * Each record's components, read once per class: {@code getRecordComponents()} returns new
     * objects each call, whose annotations the JDK parses again each time (a tenth of reading an
     * application).
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    /** The names of each record's components. */
    private static final ClassValue<Set<String>> NAMES = new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
            Set<String> names = new HashSet<>();
            for (RecordComponent rc : COMPONENTS.get(type)) {
                names.add(rc.getName());
            }
            return Set.copyOf(names);
        }
    };

    /**
     * The rule each record's components cite ({@code null} for none), read once per class: an
     * annotation lookup and a rule id's check for every field of every input add up.
     */
    private static final ClassValue<RuleId[]> COMPONENT_RULES = new ClassValue<>() {
        @Override
        protected RuleId[] computeValue(Class<?> type) {
            RecordComponent[] components = COMPONENTS.get(type);
            RuleId[] rules = new RuleId[components.length];
            for (int i = 0; i < components.length; i++) {
                rules[i] = declared(components[i]);
            }
            return rules;
        }
    };

    /** The rule each class cites, once per class ({@code Optional} because a ClassValue holds no null). */
    private static final ClassValue<Optional<RuleId>> CLASS_RULES = new ClassValue<>() {
        @Override
        protected Optional<RuleId> computeValue(Class<?> type) {
            return Optional.ofNullable(declared(type));
        }
    };

    private RecordFields() {
    }

    /** Checks one present component's value. */
    @FunctionalInterface
    public interface ComponentCheck {
        /** Checks {@code value} of {@code component} at {@code path}, citing {@code rule} unless nearer. */
        void check(RecordComponent component, JsonNode value, String path, RuleId rule);
    }

    /**
     * Walks {@code object} as an instance of the record {@code type} at {@code path}: reports each
     * field that the record does not have to {@code unknownField}, each missing required field as
     * a {@link ProblemKind#MISSING_FIELD} to {@code problems}, and hands each present component to
     * {@code check}.
     */
    public static void walk(Class<?> type, ObjectNode object, String path, RuleId rule, Consumer<String> unknownField,
            Consumer<Reason> problems, ComponentCheck check) {
        RecordComponent[] components = COMPONENTS.get(type);
        RuleId[] rules = COMPONENT_RULES.get(type);
        Set<String> names = NAMES.get(type);
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!names.contains(f)) {
                unknownField.accept(f);
            }
        }
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            RuleId r = rules[i] == null ? rule : rules[i];
            JsonNode v = object.get(rc.getName());
            Class<?> raw = rc.getType();
            String p = path + "." + rc.getName();
            if (v != null && !v.isNull()) {
                check.check(rc, v, p, r);
            } else if (raw == List.class) {
                object.set(rc.getName(), JsonNodeFactory.instance.arrayNode());
            } else if (raw == Optional.class) {
                object.set(rc.getName(), JsonNodeFactory.instance.nullNode());
            } else {
                problems.accept(ProblemKind.MISSING_FIELD.at(p, r, rc.getName()));
            }
        }
    }

    /** A short description of a JSON value for a structure check's messages, quoting it when it is small. */
    public static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "the string \"" + shorten(n.textValue()) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + shorten(n.asText());
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        return "null";
    }

    private static String shorten(String t) {
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /** The rule that {@code element}'s {@link Cites} names, or {@code fallback}. */
    public static RuleId cited(AnnotatedElement element, RuleId fallback) {
        if (element instanceof Class<?> type) {
            return CLASS_RULES.get(type).orElse(fallback);
        }
        RuleId r = declared(element);
        return r == null ? fallback : r;
    }

    private static RuleId declared(AnnotatedElement element) {
        Cites c = element.getAnnotation(Cites.class);
        return c == null ? null : RuleId.of(c.value());
    }
}
