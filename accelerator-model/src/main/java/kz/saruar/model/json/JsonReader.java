package kz.saruar.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.saruar.model.Arguments;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.SaruarException;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.Rules;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.decision.Reason;
import kz.saruar.model.validation.Cites;
import kz.saruar.model.validation.Code;
import kz.saruar.model.validation.NonNegative;
import kz.saruar.model.validation.Positive;
import kz.saruar.model.validation.ProblemKind;
import kz.saruar.model.validation.RecordFields;

/**
 * The one strict JSON reader of every input of the library (methodology files FMT-01, applications
 * APP-03..08, diagnostic answers MAT-05, score sheets, cohorts, consultation requests, …): strict
 * UTF-8 (invalid bytes are refused, never replaced), duplicate keys refused, limits on size, depth,
 * texts and lists, and a structure check against the records that define the input — unknown and
 * missing fields, wrong types, unknown enumeration values, malformed codes, dates that are not
 * dates or a date of birth in the future, words that mix scripts where a rule asks for it. Every
 * refusal is a {@link Reason} with its JSON path, rule and kk/ru/en message; no exception escapes
 * for bad input, and no Java class name reaches a message. Values inside a {@link Personal} record
 * are never quoted.
 *
 * <pre>{@code
 * Outcome<ScoreSheets> sheets = JsonReader.forRule(Rules.DEF_04).read(path, ScoreSheets.class);
 * }</pre>
 */
public final class JsonReader {
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /**
     * The mapper of the input formats: strict, java.time as ISO-8601 text, {@code Optional}. Not
     * public: an application's JSON (its fingerprint, its sealed event) depends on its settings, and
     * an ObjectMapper can be reconfigured by whoever holds it; {@link #toTree}, {@link #toText} and
     * {@link #bind} use it.
     */
    static final ObjectMapper MAPPER = mapper();

    private final RuleId rootRule;
    private final JsonLimits limits;
    private final Optional<Clock> clock;
    private final Optional<RuleId> scriptRule;

    private JsonReader(RuleId rootRule, JsonLimits limits, Optional<Clock> clock, Optional<RuleId> scriptRule) {
        this.rootRule = Objects.requireNonNull(rootRule, "rootRule");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scriptRule = Objects.requireNonNull(scriptRule, "scriptRule");
    }

    /**
     * A reader whose refusals name {@code rootRule} where no nearer {@link Cites} annotation
     * does, with the default limits, no clock and no script check.
     */
    public static JsonReader forRule(RuleId rootRule) {
        return new JsonReader(rootRule, JsonLimits.DEFAULT, Optional.empty(), Optional.empty());
    }

    /** This reader with other limits. */
    public JsonReader withLimits(JsonLimits newLimits) {
        return new JsonReader(rootRule, newLimits, clock, scriptRule);
    }

    /** This reader with the clock that decides what a future date is ({@link PastDate}). */
    public JsonReader withClock(Clock newClock) {
        return new JsonReader(rootRule, limits, Optional.of(Objects.requireNonNull(newClock, "clock")), scriptRule);
    }

    /** This reader refusing words that mix scripts (Latin inside Cyrillic), citing {@code rule} (APP-03). */
    public JsonReader withScriptCheck(RuleId rule) {
        return new JsonReader(rootRule, limits, clock, Optional.of(Objects.requireNonNull(rule, "rule")));
    }

    private static ObjectMapper mapper() {
        JsonMapper m = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .build();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(JsonLimits.MAX_DEPTH).maxStringLength(20_000_000).maxNumberLength(100).build());
        return m;
    }

    /** A value of the input formats (or a tree) as the JSON tree they write: java.time as ISO-8601 text, empty {@code Optional}s left out. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(Objects.requireNonNull(value, "value"));
    }

    /** A value of the input formats (or a tree) as JSON text, indented as the sample files are, or on one line. */
    public static String toText(Object value, boolean indented) {
        Objects.requireNonNull(value, "value");
        try {
            return indented ? MAPPER.writeValueAsString(value)
                    : MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * A tree bound to a type of the input formats, without {@link #read}'s checks: for a tree this
     * library wrote (a snapshot, a recorded event), which it reads back as it wrote it.
     *
     * @throws IllegalArgumentException when the tree does not fit the type
     */
    public static <T> T bind(JsonNode tree, Class<T> type) {
        Arguments.nonNull("tree", tree, "type", type);
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the tree is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the file as the record {@code type}; a missing, unreadable or non-UTF-8 file is refused. */
    public <T extends Record> Outcome<T> read(Path file, Class<T> type) {
        return bytes(file).flatMap(b -> read(b, type));
    }

    /** Reads UTF-8 bytes as the record {@code type}. */
    public <T extends Record> Outcome<T> read(byte[] utf8, Class<T> type) {
        return readTree(utf8).flatMap(tree -> check(tree, type));
    }

    /** Reads a JSON text as the record {@code type}. */
    public <T extends Record> Outcome<T> read(String json, Class<T> type) {
        return readTree(json).flatMap(tree -> check(tree, type));
    }

    /** Reads a file as a JSON tree (strict UTF-8, duplicate keys and excess refused). */
    public Outcome<JsonNode> readTree(Path file) {
        return bytes(file).flatMap(this::readTree);
    }

    /** Reads UTF-8 bytes as a JSON tree (strict UTF-8, duplicate keys and excess refused). */
    public Outcome<JsonNode> readTree(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > limits.maxInputChars()) {
            return tooLarge(utf8.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            return Outcome.refused(reason("$", rootRule, LocalizedText.message(
                    "Файл UTF-8 кодтауында емес (жарамсыз байттар)", "Файл не в кодировке UTF-8 (недопустимые байты)",
                    "The file is not valid UTF-8 (invalid bytes)"), "NOT_UTF8"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return readTree(text);
    }

    /** Reads a JSON text as a tree (duplicate keys and excess refused). */
    public Outcome<JsonNode> readTree(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > limits.maxInputChars()) {
            return tooLarge(json.length());
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            return Outcome.refused(unreadable(rootRule, e));
        }
        if (tree == null || tree.isMissingNode()) {
            return Outcome.refused(ProblemKind.UNREADABLE.at("$", rootRule, "empty document"));
        }
        return Outcome.accepted(tree);
    }

    /** Checks a tree against the record {@code type} and binds it; the tree may be completed with defaults. */
    public <T extends Record> Outcome<T> check(JsonNode tree, Class<T> type) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(type, "type");
        List<Reason> problems = problems(tree, type);
        return problems.isEmpty() ? bound(tree, type) : Outcome.refused(problems);
    }

    /**
     * Every problem of {@code tree} as a {@code type}, sorted, as {@link #check} reports them,
     * without binding the tree: none when {@code check} would bind it. For a caller that already
     * holds the value the tree was written from and knows that it binds back to an equal one (an
     * application does; a record with a {@code BigDecimal} may not, since a tree normalizes its
     * trailing zeros). The tree may be completed with defaults.
     */
    public List<Reason> problems(JsonNode tree, Class<? extends Record> type) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(type, "type");
        Checker c = new Checker(limits, clock.map(Kazakhstan::today), scriptRule);
        try {
            c.value(type, type, tree, "$", RecordFields.cited(type, rootRule), false);
        } catch (Limit stop) {
            c.problems.add(ProblemKind.OUT_OF_RANGE.explained("$", rootRule,
                    LocalizedText.message("{0} мәселеден кейін тексеру тоқтатылды", "Проверка остановлена после {0} проблем",
                            "Checking stopped after {0} problems", limits.maxProblems())));
        }
        return c.problems.isEmpty() ? List.of() : ProblemKind.sorted(c.problems);
    }

    private <T> Outcome<T> bound(JsonNode tree, Class<T> type) {
        try {
            return Outcome.accepted(MAPPER.treeToValue(tree, type));
        } catch (JsonProcessingException | RuntimeException e) {
            return Outcome.refused(unreadable(rootRule, e));
        }
    }

    private Outcome<byte[]> bytes(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return Outcome.refused(reason("$", rootRule, LocalizedText.message("{0} — файл емес, каталог",
                        "{0} — это каталог, а не файл", "{0} is a directory, not a file", name), "NOT_A_FILE"));
            }
            long size = Files.size(file);
            if (size > limits.maxInputChars()) {
                return tooLarge(size);
            }
            return Outcome.accepted(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Outcome.refused(reason("$", rootRule, LocalizedText.message("{0} файлы табылмады",
                    "Файл {0} не найден", "File {0} not found", name), "FILE_NOT_FOUND"));
        } catch (AccessDeniedException e) {
            return Outcome.refused(reason("$", rootRule, LocalizedText.message("{0} файлын оқуға рұқсат жоқ",
                    "Нет доступа на чтение файла {0}", "File {0} cannot be read: access denied", name), "FILE_UNREADABLE"));
        } catch (IOException e) {
            return Outcome.refused(reason("$", rootRule, LocalizedText.message("{0} файлын оқу мүмкін емес",
                    "Файл {0} не читается", "File {0} cannot be read", name), "FILE_UNREADABLE"));
        }
    }

    private <T> Outcome<T> tooLarge(long size) {
        return Outcome.refused(reason("$", rootRule, LocalizedText.message("Құжат тым үлкен: {0} байт, ең көбі {1}",
                "Документ слишком велик: {0} байт, не больше {1}", "The document is too large: {0} bytes, at most {1}",
                size, limits.maxInputChars()), "TOO_LARGE"));
    }

    private static Reason reason(String path, RuleId rule, LocalizedText message, String code) {
        return Reason.of(code, rule, path, message);
    }

    private static Reason unreadable(RuleId rule, Exception e) {
        String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : "malformed value";
        if (msg == null) {
            msg = "malformed JSON";
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            msg = msg + " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
        }
        if (msg.length() > 200) {
            msg = msg.substring(0, 200) + "…";
        }
        return ProblemKind.UNREADABLE.at("$", rule, msg);
    }

    /** Signals that the problem limit is reached. */
    private static final class Limit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Limit() {
            super(null, null, false, false);
        }
    }

    private static final Map<Class<?>, String> TIME_TYPES = Map.of(
            LocalTime.class, "a time HH:MM",
            LocalDateTime.class, "a date and time YYYY-MM-DDTHH:MM",
            OffsetDateTime.class, "a date and time with offset YYYY-MM-DDTHH:MM+05:00",
            ZonedDateTime.class, "a date and time with offset YYYY-MM-DDTHH:MM+05:00",
            Instant.class, "an instant YYYY-MM-DDTHH:MM:SSZ");

    private static final Map<Class<?>, Function<String, TemporalAccessor>> TIME_PARSERS = Map.of(
            LocalTime.class, LocalTime::parse,
            LocalDateTime.class, LocalDateTime::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            ZonedDateTime.class, ZonedDateTime::parse,
            Instant.class, Instant::parse);

    /** One structure check's state: the problems found so far. */
    private static final class Checker {
        private final JsonLimits limits;
        private final Optional<LocalDate> today;
        private final Optional<RuleId> scriptRule;
        private final List<Reason> problems = new ArrayList<>();

        Checker(JsonLimits limits, Optional<LocalDate> today, Optional<RuleId> scriptRule) {
            this.limits = limits;
            this.today = today;
            this.scriptRule = scriptRule;
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
                        add(ProblemKind.OUT_OF_RANGE.explained(path, rule,
                                LocalizedText.message("Тізімде {0} жазба, ең көбі {1}", "В списке {0} записей, не больше {1}",
                                        "The list has {0} entries, at most {1}", node.size(), limits.maxListEntries())));
                        return;
                    }
                    for (int i = 0; i < node.size(); i++) {
                        value(arg, ann, node.get(i), path + "[" + i + "]", rule, personal);
                    }
                } else if (raw == Map.class) {
                    Type valueType = p.getActualTypeArguments()[1];
                    if (!node.isObject()) {
                        wrongType(path, rule, "an object", node, personal);
                        return;
                    }
                    if (node.size() > limits.maxListEntries()) {
                        add(ProblemKind.OUT_OF_RANGE.explained(path, rule,
                                LocalizedText.message("Объектте {0} өріс, ең көбі {1}", "В объекте {0} полей, не больше {1}",
                                        "The object has {0} fields, at most {1}", node.size(), limits.maxListEntries())));
                        return;
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        value(valueType, ann, e.getValue(), path + "." + shorten(e.getKey()), rule, personal);
                    }
                } else {
                    throw new IllegalStateException("unsupported type in input records: " + type);
                }
                return;
            }
            Class<?> c = (Class<?>) type;
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
                boolean fits = c == long.class || c == Long.class ? node.canConvertToLong() : node.canConvertToInt();
                if (!node.isIntegralNumber() || !fits) {
                    wrongType(path, rule, "an integer", node, personal);
                    return;
                }
                long v = node.longValue();
                if (ann.isAnnotationPresent(Positive.class) && v <= 0) {
                    add(ProblemKind.NOT_POSITIVE.at(path, rule, String.valueOf(v)));
                } else if (ann.isAnnotationPresent(NonNegative.class) && v < 0) {
                    add(ProblemKind.NEGATIVE.at(path, rule, String.valueOf(v)));
                }
            } else if (c == double.class || c == Double.class || c == BigDecimal.class) {
                if (!node.isNumber()) {
                    wrongType(path, rule, "a number", node, personal);
                } else if (ann.isAnnotationPresent(NonNegative.class) && node.decimalValue().signum() < 0) {
                    add(ProblemKind.NEGATIVE.at(path, rule, node.asText()));
                } else if (ann.isAnnotationPresent(Positive.class) && node.decimalValue().signum() <= 0) {
                    add(ProblemKind.NOT_POSITIVE.at(path, rule, node.asText()));
                }
            } else if (TIME_TYPES.containsKey(c)) {
                temporal(c, node, path, rule, personal);
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
                    add(ProblemKind.UNKNOWN_VALUE.at(path, rule, shorten(node.textValue()), String.join(", ", allowed)));
                }
            } else if (c.isRecord()) {
                record(c, node, path, rule, personal || c.isAnnotationPresent(Personal.class));
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
                add(ProblemKind.OUT_OF_RANGE.explained(path, rule,
                        LocalizedText.message("Мәтін тым ұзын: {0} таңба, ең көбі {1}", "Текст слишком длинный: {0} символов, не больше {1}",
                                "The text is too long: {0} characters, at most {1}", t.length(), limits.maxTextChars())));
                return;
            }
            if (ann.isAnnotationPresent(Code.class)) {
                if (!CODE.matcher(t).matches()) {
                    add(ProblemKind.BAD_CODE.at(path, rule, personal ? "…" : shorten(t)));
                }
                return;
            }
            Optional<String> mixed = scriptRule.flatMap(r -> Scripts.firstMixedWord(t));
            if (mixed.isPresent()) {
                add(ProblemKind.UNKNOWN_VALUE.explained(path, scriptRule.get(), personal
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
            if (ann.isAnnotationPresent(PastDate.class)) {
                LocalDate now = today.orElseThrow(() -> new IllegalStateException(
                        "a @PastDate field needs a reader with a clock (JsonReader.withClock)"));
                pastDate(d, now, path, rule);
            }
        }

        private void pastDate(LocalDate d, LocalDate now, String path, RuleId rule) {
            if (d.isAfter(now) || d.isBefore(EARLIEST)) {
                add(ProblemKind.OUT_OF_RANGE.explained(path, rule, d.isAfter(now)
                        ? LocalizedText.message("Күн болашақта ({0} кейін)", "Дата в будущем (позже {0})", "The date is in the future (after {0})", now)
                        : LocalizedText.message("Күн {0} бұрын", "Дата раньше {0}", "The date is before {0}", EARLIEST)));
            }
        }

        private void record(Class<?> c, JsonNode node, String path, RuleId inherited, boolean personal) {
            RuleId rule = RecordFields.cited(c, inherited);
            if (!node.isObject()) {
                wrongType(path, rule, "an object", node, personal);
                return;
            }
            RecordFields.walk(c, (ObjectNode) node, path, rule,
                    f -> add(ProblemKind.UNKNOWN_FIELD.at(path + "." + shorten(f), rule, shorten(f))), this::add,
                    (rc, v, p, r) -> value(rc.getGenericType(), rc, v, p, r, personal));
        }

        private void temporal(Class<?> c, JsonNode node, String path, RuleId rule, boolean personal) {
            String expected = TIME_TYPES.get(c);
            if (!node.isTextual()) {
                wrongType(path, rule, expected, node, personal);
                return;
            }
            try {
                TemporalAccessor unused = TIME_PARSERS.get(c).apply(node.textValue());
                Objects.requireNonNull(unused, "parsed");
            } catch (DateTimeParseException e) {
                wrongType(path, rule, expected, node, personal);
            }
        }

        private void wrongType(String path, RuleId rule, String expected, JsonNode found, boolean personal) {
            add(ProblemKind.WRONG_TYPE.at(path, rule, expected, personal ? kind(found) : RecordFields.describe(found)));
        }

        private static String kind(JsonNode n) {
            if (n.isTextual()) {
                return "a string";
            }
            if (n.isNumber()) {
                return "a number";
            }
            return RecordFields.describe(n);
        }

        private static String shorten(String t) {
            return t.length() > 40 ? t.substring(0, 40) + "…" : t;
        }

        private void add(Reason p) {
            if (problems.size() >= limits.maxProblems()) {
                throw new Limit();
            }
            problems.add(p);
        }
    }
}
