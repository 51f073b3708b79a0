package kz.saruar.model.application;

import kz.saruar.model.LocalizedText;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.saruar.model.RuleId;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.NonNegative;
import kz.saruar.model.validation.Positive;
import kz.saruar.model.validation.Problem;
import kz.saruar.model.validation.ProblemKind;

/**
 * Reads a JSON document into the records of this library's input formats (applications APP-03..08,
 * diagnostic answers MAT-05) and refuses a bad one with every problem named by its JSON path and
 * rule: unknown fields, missing fields, wrong types, unknown enumeration values, malformed codes,
 * dates that are not dates or a date of birth in the future, texts and lists beyond
 * {@link InputLimits}, words that mix scripts. No exception escapes for bad input. Values inside
 * {@link PersonalData} are never quoted in a problem.
 */
public final class JsonInput {
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The mapper of the input formats: strict, with {@code LocalDate} as ISO text and {@code Optional}. */
    static final ObjectMapper MAPPER = mapper();

    private final InputLimits limits;
    private final LocalDate today;
    private final List<Problem> problems = new ArrayList<>();

    private JsonInput(InputLimits limits, LocalDate today) {
        this.limits = limits;
        this.today = today;
    }

    private static ObjectMapper mapper() {
        SimpleModule dates = new SimpleModule("saruar-local-date");
        dates.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        dates.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        JsonMapper m = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(dates)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(20_000_000).maxNumberLength(100).build());
        return m;
    }

    /**
     * Reads {@code json} as the record {@code type}; {@code rootRule} is the rule named for
     * problems that no nearer {@link Cites} annotation covers; the clock decides what "future" is.
     */
    public static <T extends Record> ReadResult<T> read(String json, Class<T> type, RuleId rootRule,
            InputLimits limits, Clock clock) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rootRule, "rootRule");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clock, "clock");
        if (json.length() > limits.maxInputChars()) {
            return ReadResult.refused(List.of(new Problem("$", rootRule, ProblemKind.OUT_OF_RANGE,
                    LocalizedText.message("Құжат тым үлкен: {0} таңба, ең көбі {1}", "Документ слишком велик: {0} символов, не больше {1}",
                            "The document is too large: {0} characters, at most {1}", json.length(),
                            limits.maxInputChars()))));
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            return ReadResult.refused(List.of(unreadable(rootRule, e)));
        }
        if (tree == null || tree.isMissingNode()) {
            return ReadResult.refused(List.of(Problem.of("$", rootRule, ProblemKind.UNREADABLE, "empty document")));
        }
        JsonInput c = new JsonInput(limits, EligibilityChecks.decisionDate(clock));
        try {
            c.value(type, type, tree, "$", cited(type, rootRule), false);
        } catch (Limit stop) {
            c.problems.add(new Problem("$", rootRule, ProblemKind.OUT_OF_RANGE,
                    LocalizedText.message("{0} мәселеден кейін тексеру тоқтатылды", "Проверка остановлена после {0} проблем",
                            "Checking stopped after {0} problems", limits.maxProblems())));
        }
        if (!c.problems.isEmpty()) {
            return ReadResult.refused(Problem.sorted(c.problems));
        }
        try {
            return ReadResult.accepted(MAPPER.treeToValue(tree, type));
        } catch (JsonProcessingException | RuntimeException e) {
            return ReadResult.refused(List.of(unreadable(rootRule, e)));
        }
    }

    private static Problem unreadable(RuleId rule, Exception e) {
        String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getClass().getSimpleName();
        if (msg == null) {
            msg = e.getClass().getSimpleName();
        }
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "…";
        }
        return Problem.of("$", rule, ProblemKind.UNREADABLE, msg);
    }

    /** Signals that the problem limit is reached. */
    private static final class Limit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Limit() {
            super(null, null, false, false);
        }
    }

    private void value(Type type, AnnotatedElement ann, JsonNode node, String path, RuleId rule, boolean personal) {
        if (type instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                value(arg, ann, node, path, rule, personal);
            } else if (raw == List.class) {
                if (!node.isArray()) {
                    wrongType(path, rule, "an array", node, personal);
                    return;
                }
                if (node.size() > limits.maxListEntries()) {
                    add(new Problem(path, rule, ProblemKind.OUT_OF_RANGE,
                            LocalizedText.message("Тізімде {0} жазба, ең көбі {1}", "В списке {0} записей, не больше {1}",
                                    "The list has {0} entries, at most {1}", node.size(), limits.maxListEntries())));
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    value(arg, ann, node.get(i), path + "[" + i + "]", rule, personal);
                }
            } else {
                throw new IllegalStateException("unsupported type in input records: " + type);
            }
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c == int.class || c == Integer.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                wrongType(path, rule, "an integer", node, personal);
                return;
            }
            int v = node.intValue();
            if (ann.isAnnotationPresent(Positive.class) && v <= 0) {
                add(Problem.of(path, rule, ProblemKind.NOT_POSITIVE, String.valueOf(v)));
            } else if (ann.isAnnotationPresent(NonNegative.class) && v < 0) {
                add(Problem.of(path, rule, ProblemKind.NEGATIVE, String.valueOf(v)));
            }
        } else if (c == boolean.class || c == Boolean.class) {
            if (!node.isBoolean()) {
                wrongType(path, rule, "true or false", node, personal);
            }
        } else if (c == String.class) {
            text(ann, node, path, rule, personal);
        } else if (c == LocalDate.class) {
            date(ann, node, path, rule, personal);
        } else if (c.isEnum()) {
            List<String> allowed = Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
            if (!node.isTextual()) {
                wrongType(path, rule, "one of " + String.join(", ", allowed), node, personal);
            } else if (!allowed.contains(node.textValue())) {
                add(Problem.of(path, rule, ProblemKind.UNKNOWN_VALUE, shorten(node.textValue()), String.join(", ", allowed)));
            }
        } else if (c.isRecord()) {
            record(c, node, path, rule, personal || c == PersonalData.class);
        } else {
            throw new IllegalStateException("unsupported type in input records: " + c);
        }
    }

    private void text(AnnotatedElement ann, JsonNode node, String path, RuleId rule, boolean personal) {
        if (!node.isTextual()) {
            wrongType(path, rule, "a string", node, personal);
            return;
        }
        String t = node.textValue();
        if (t.length() > limits.maxTextChars()) {
            add(new Problem(path, rule, ProblemKind.OUT_OF_RANGE,
                    LocalizedText.message("Мәтін тым ұзын: {0} таңба, ең көбі {1}", "Текст слишком длинный: {0} символов, не больше {1}",
                            "The text is too long: {0} characters, at most {1}", t.length(), limits.maxTextChars())));
            return;
        }
        if (ann.isAnnotationPresent(Code.class)) {
            if (!CODE.matcher(t).matches()) {
                add(Problem.of(path, rule, ProblemKind.BAD_CODE, personal ? "…" : shorten(t)));
            }
            return;
        }
        Optional<String> mixed = Scripts.firstMixedWord(t);
        if (mixed.isPresent()) {
            add(new Problem(path, RuleId.of("APP-03"), ProblemKind.UNKNOWN_VALUE, personal
                    ? LocalizedText.message("Бір сөзде әртүрлі әліпбилердің әріптері бар (латын мен кирилл)",
                            "В одном слове смешаны буквы разных алфавитов (латиница и кириллица)",
                            "A word mixes letters of different scripts (Latin and Cyrillic)")
                    : LocalizedText.message("«{0}» сөзінде әртүрлі әліпбилердің әріптері бар (латын мен кирилл)",
                            "В слове «{0}» смешаны буквы разных алфавитов (латиница и кириллица)",
                            "The word \"{0}\" mixes letters of different scripts (Latin and Cyrillic)", mixed.get())));
        }
    }

    private void date(AnnotatedElement ann, JsonNode node, String path, RuleId rule, boolean personal) {
        if (!node.isTextual()) {
            wrongType(path, rule, "a date YYYY-MM-DD", node, personal);
            return;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            wrongType(path, rule, "a date YYYY-MM-DD", node, personal);
            return;
        }
        if (ann.isAnnotationPresent(PastDate.class) && (d.isAfter(today) || d.isBefore(EARLIEST))) {
            add(new Problem(path, rule, ProblemKind.OUT_OF_RANGE, d.isAfter(today)
                    ? LocalizedText.message("Күн болашақта ({0} кейін)", "Дата в будущем (позже {0})", "The date is in the future (after {0})", today)
                    : LocalizedText.message("Күн {0} бұрын", "Дата раньше {0}", "The date is before {0}", EARLIEST)));
        }
    }

    private void record(Class<?> c, JsonNode node, String path, RuleId inherited, boolean personal) {
        RuleId rule = cited(c, inherited);
        if (!node.isObject()) {
            wrongType(path, rule, "an object", node, personal);
            return;
        }
        RecordComponent[] components = c.getRecordComponents();
        Set<String> names = new HashSet<>();
        for (RecordComponent rc : components) {
            names.add(rc.getName());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!names.contains(f)) {
                add(Problem.of(path + "." + shorten(f), rule, ProblemKind.UNKNOWN_FIELD, shorten(f)));
            }
        }
        ObjectNode object = (ObjectNode) node;
        for (RecordComponent rc : components) {
            RuleId r = cited(rc, rule);
            JsonNode v = object.get(rc.getName());
            Class<?> raw = rc.getType();
            String p = path + "." + rc.getName();
            if (v == null || v.isNull()) {
                if (raw == List.class) {
                    object.set(rc.getName(), JsonNodeFactory.instance.arrayNode());
                } else if (raw == Optional.class) {
                    object.set(rc.getName(), JsonNodeFactory.instance.nullNode());
                } else {
                    add(Problem.of(p, r, ProblemKind.MISSING_FIELD, rc.getName()));
                }
                continue;
            }
            value(rc.getGenericType(), rc, v, p, r, personal);
        }
    }

    private void wrongType(String path, RuleId rule, String expected, JsonNode found, boolean personal) {
        add(Problem.of(path, rule, ProblemKind.WRONG_TYPE, expected, personal ? kind(found) : describe(found)));
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        return describe(n);
    }

    private static String describe(JsonNode n) {
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

    private static RuleId cited(AnnotatedElement e, RuleId fallback) {
        Cites c = e.getAnnotation(Cites.class);
        return c == null ? fallback : RuleId.of(c.value());
    }

    private void add(Problem p) {
        if (problems.size() >= limits.maxProblems()) {
            throw new Limit();
        }
        problems.add(p);
    }
}
