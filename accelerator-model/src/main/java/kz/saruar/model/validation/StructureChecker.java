package kz.saruar.model.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Reason;

/**
 * Checks a JSON tree against the records that define the methodology file (FMT-01, FMT-03) and
 * reports every problem at once: unknown and missing fields, wrong types, unknown enumeration
 * values, malformed codes, non-positive durations, missing languages. The same records generate
 * the published JSON Schema ({@link SchemaGenerator}), so that both give the same verdict.
 *
 * <p>It also normalizes the tree for binding: an absent list becomes {@code []}, an absent
 * optional value becomes {@code null}.
 */
public final class StructureChecker {
    /** The file-format rule: known fields, required fields, right types (FMT-01). */
    public static final RuleId FORMAT = Rules.FMT_01;
    /** The languages rule: every text in kk, ru and en (FMT-03). */
    public static final RuleId LANGUAGES = Rules.FMT_03;
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);
    private static final Pattern RULE = Pattern.compile("^[A-Z]{3}-\\d{2}$");
    private static final Set<String> TEXT_FIELDS = Set.of("kk", "ru", "en", "translated");

    private final List<Reason> problems = new ArrayList<>();

    private StructureChecker() {
    }

    /**
     * Checks {@code node} as an instance of the record {@code type}; returns the problems and
     * normalizes {@code node} in place.
     */
    public static List<Reason> check(Class<? extends Record> type, JsonNode node) {
        StructureChecker c = new StructureChecker();
        c.value(type, type, node, "$", FORMAT);
        return List.copyOf(c.problems);
    }

    private void value(Type type, AnnotatedElement ann, JsonNode node, String path, RuleId rule) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                value(arg, ann, node, path, rule);
            } else if (raw == List.class) {
                if (!node.isArray()) {
                    wrongType(path, rule, "an array", node);
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    value(arg, ann, node.get(i), path + "[" + i + "]", rule);
                }
            } else {
                throw new IllegalStateException("unsupported type in methodology records: " + type);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            if (!node.isNumber() || !node.canConvertToExactIntegral()
                    || (c != long.class && c != Long.class && !node.canConvertToInt())) {
                wrongType(path, rule, "an integer", node);
                return;
            }
            sign(ann, node.decimalValue(), path, rule);
        } else if (c == BigDecimal.class) {
            if (!node.isNumber()) {
                wrongType(path, rule, "a number", node);
                return;
            }
            sign(ann, node.decimalValue(), path, rule);
        } else if (c == boolean.class || c == Boolean.class) {
            if (!node.isBoolean()) {
                wrongType(path, rule, "true or false", node);
            }
        } else if (c == String.class) {
            if (!node.isTextual()) {
                wrongType(path, rule, "a string", node);
            } else if (ann.isAnnotationPresent(Code.class) && !CODE.matcher(node.textValue()).matches()) {
                add(ProblemKind.BAD_CODE.at(path, rule, node.textValue()));
            }
        } else if (c == RuleId.class) {
            if (!node.isTextual() || !RULE.matcher(node.textValue()).matches()) {
                wrongType(path, rule, "a rule ID such as DEF-06", node);
            }
        } else if (c.isEnum()) {
            enumValue(c, node, path, rule);
        } else if (c == LocalizedText.class) {
            text(node, path, rule);
        } else if (c.isRecord()) {
            record(c, node, path, rule);
        } else {
            throw new IllegalStateException("unsupported type in methodology records: " + c);
        }
    }

    private void record(Class<?> c, JsonNode node, String path, RuleId inherited) {
        RuleId rule = RecordFields.cited(c, inherited);
        if (!node.isObject()) {
            wrongType(path, rule, "an object", node);
            return;
        }
        RecordFields.walk(c, (ObjectNode) node, path, rule, f -> add(ProblemKind.UNKNOWN_FIELD.at(path + "." + f, FORMAT, f)),
                this::add, (rc, v, p, r) -> value(rc.getGenericType(), rc, v, p, r));
    }

    private void text(JsonNode node, String path, RuleId rule) {
        if (!node.isObject()) {
            wrongType(path, rule, "a text object {kk, ru, en}", node);
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!TEXT_FIELDS.contains(f)) {
                add(ProblemKind.UNKNOWN_FIELD.at(path + "." + f, FORMAT, f));
            }
        }
        for (Language l : Language.values()) {
            JsonNode t = node.get(l.tag());
            if (t == null || t.isNull()) {
                add(ProblemKind.MISSING_LANGUAGE.at(path, LANGUAGES, l.tag()));
            } else if (!t.isTextual()) {
                wrongType(path + "." + l.tag(), rule, "a string", t);
            }
        }
        JsonNode tr = node.get("translated");
        if (tr != null && !tr.isNull()) {
            if (!tr.isArray()) {
                wrongType(path + ".translated", FORMAT, "an array", tr);
            } else {
                for (int i = 0; i < tr.size(); i++) {
                    JsonNode e = tr.get(i);
                    if (!e.isTextual() || Language.fromTag(e.textValue()).isEmpty()
                            || !e.textValue().equals(Language.fromTag(e.textValue()).get().tag())) {
                        add(ProblemKind.UNKNOWN_VALUE.at(path + ".translated[" + i + "]", FORMAT, e.isTextual() ? e.textValue() : e.toString(), "kk, ru, en"));
                    }
                }
            }
        }
    }

    private void enumValue(Class<?> c, JsonNode node, String path, RuleId rule) {
        List<String> allowed = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        if (!node.isTextual()) {
            wrongType(path, rule, "one of " + String.join(", ", allowed), node);
        } else if (!allowed.contains(node.textValue())) {
            add(ProblemKind.UNKNOWN_VALUE.at(path, rule, node.textValue(), String.join(", ", allowed)));
        }
    }

    private void sign(AnnotatedElement ann, BigDecimal v, String path, RuleId rule) {
        if (ann.isAnnotationPresent(Positive.class) && v.signum() <= 0) {
            add(ProblemKind.NOT_POSITIVE.at(path, rule, v.toPlainString()));
        } else if (ann.isAnnotationPresent(NonNegative.class) && v.signum() < 0) {
            add(ProblemKind.NEGATIVE.at(path, rule, v.toPlainString()));
        }
    }

    private void wrongType(String path, RuleId rule, String expected, JsonNode found) {
        add(ProblemKind.WRONG_TYPE.at(path, rule, expected, RecordFields.describe(found)));
    }

    private void add(Reason p) {
        problems.add(p);
    }
}
