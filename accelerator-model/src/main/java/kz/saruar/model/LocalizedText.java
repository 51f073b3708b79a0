package kz.saruar.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A text of the methodology in Kazakh, Russian and English: a name, a descriptor, a message.
 *
 * <p><b>Fallback order.</b> {@link #get(Language)} returns the requested language when present;
 * otherwise Russian (the language every seed has), then Kazakh, then English. The standard
 * methodology has all three for every text, so the fallback only matters for texts a plugin or an
 * adapted methodology gives in fewer languages.
 *
 * <p>{@link #translated()} lists the languages that are Saruar's translation rather than the
 * seed's own words (the brief: "translate only what they lack, and say so in the data").
 */
@JsonPropertyOrder({"kk", "ru", "en", "translated"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class LocalizedText {
    /** The order in which {@link #get(Language)} falls back when a language is missing. */
    public static final List<Language> FALLBACK_ORDER = List.of(Language.RU, Language.KK, Language.EN);

    private final ImmutableMap<Language, String> texts;
    private final ImmutableSet<Language> translated;

    /** Trusted: a message's three texts, non-null and in {@link Language} order, and its translated set. */
    private LocalizedText(ImmutableMap<Language, String> texts, ImmutableSet<Language> translated) {
        this.texts = texts;
        this.translated = translated;
    }

    private LocalizedText(Map<Language, String> texts, Collection<Language> translated) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(translated, "translated");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one language");
        }
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        // a loop without a lambda or an eager message: the standard methodology builds thousands at start-up
        for (Map.Entry<Language, String> e : texts.entrySet()) {
            Language l = Objects.requireNonNull(e.getKey(), "language");
            String t = e.getValue();
            if (t == null) {
                throw new NullPointerException("text for " + l.tag());
            }
            copy.put(l, t);
        }
        this.texts = ImmutableMap.copyOf(copy);
        this.translated = ImmutableSet.copyOf(translated);
        for (Language l : this.translated) {
            if (!copy.containsKey(l)) {
                throw new IllegalArgumentException("translated language " + l.tag() + " has no text");
            }
        }
    }

    /** A text in the three languages, all from the source. */
    public static LocalizedText of(String kk, String ru, String en) {
        return new LocalizedText(Map.of(Language.KK, kk, Language.RU, ru, Language.EN, en), List.of());
    }

    /** A text in the given languages, some of which may be Saruar's translation. */
    public static LocalizedText of(Map<Language, String> texts, Collection<Language> translated) {
        return new LocalizedText(texts, translated);
    }

    /**
     * A message of Saruar's own in the three languages, with {@code {0}}, {@code {1}}… replaced
     * literally by the arguments (no {@link MessageFormat} quoting or number grouping). Kazakh and
     * English are marked as translations: the seeds have no such messages.
     */
    public static LocalizedText message(String kk, String ru, String en, Object... arguments) {
        // eligibility builds several of these per applicant: each argument is turned into text once,
        // and the three texts go straight into the map the constructor would otherwise copy twice
        String[] values = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return new LocalizedText(ImmutableMap.of(Language.KK, fill(kk, values), Language.RU, fill(ru, values),
                Language.EN, fill(en, values)), MESSAGE_TRANSLATED);
    }

    private static final ImmutableSet<Language> MESSAGE_TRANSLATED = ImmutableSet.of(Language.KK, Language.EN);

    /**
     * Replaces every {@code {i}} with {@code values[i]}; other braces stay as they are. A message's
     * pattern is split once into its literal parts (kept for the patterns seen most, which are the
     * code's own), and the text is then joined in one allocation of its exact size.
     */
    static String fill(String pattern, String[] values) {
        Objects.requireNonNull(pattern, "pattern");
        if (values.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        Template t = Template.of(pattern, values.length);
        if (t.indexes.length == 0) {
            return pattern;
        }
        String[] parts = new String[2 * t.indexes.length + 1];
        for (int i = 0; i < t.indexes.length; i++) {
            parts[2 * i] = t.literals[i];
            parts[2 * i + 1] = values[t.indexes[i]];
        }
        parts[parts.length - 1] = t.literals[t.indexes.length];
        return String.join("", parts);
    }

    /** A pattern split at its arguments: {@code literals[i]}, argument {@code indexes[i]}, …, the last literal. */
    private static final class Template {
        private static final int KEPT = 4096;
        private static final Map<String, Template> SEEN = new ConcurrentHashMap<>();

        final int count;
        final String[] literals;
        final int[] indexes;

        private Template(int count, String[] literals, int[] indexes) {
            this.count = count;
            this.literals = literals;
            this.indexes = indexes;
        }

        static Template of(String pattern, int count) {
            Template t = SEEN.get(pattern);
            if (t != null && t.count == count) {
                return t;
            }
            t = split(pattern, count);
            // bounded: a caller may build patterns at run time; the code's own are a few hundred
            if (SEEN.size() < KEPT) {
                SEEN.put(pattern, t);
            }
            return t;
        }

        private static Template split(String pattern, int count) {
            List<String> literals = new java.util.ArrayList<>();
            List<Integer> indexes = new java.util.ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int from = 0;
            int open = pattern.indexOf('{');
            while (open >= 0) {
                int close = pattern.indexOf('}', open + 1);
                int index = close < 0 ? -1 : index(pattern, open + 1, close, count);
                if (index < 0) {
                    literal.append(pattern, from, open + 1);
                    from = open + 1;
                } else {
                    literals.add(literal.append(pattern, from, open).toString());
                    literal.setLength(0);
                    indexes.add(index);
                    from = close + 1;
                }
                open = pattern.indexOf('{', from);
            }
            literals.add(literal.append(pattern, from, pattern.length()).toString());
            return new Template(count, literals.toArray(new String[0]), indexes.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** The argument index written between {@code from} and {@code to}, or -1 when it is not one. */
    static int index(String pattern, int from, int to, int count) {
        if (from == to || to - from > 4) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = pattern.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n < count ? n : -1;
    }

    /** A text in one language only, e.g. a code or a proper name that is not translated. */
    public static LocalizedText ofSingle(Language language, String text) {
        return new LocalizedText(Map.of(language, text), List.of());
    }

    @JsonCreator
    static LocalizedText fromJson(@JsonProperty("kk") String kk, @JsonProperty("ru") String ru,
            @JsonProperty("en") String en, @JsonProperty("translated") List<String> translated) {
        EnumMap<Language, String> m = new EnumMap<>(Language.class);
        if (kk != null) {
            m.put(Language.KK, kk);
        }
        if (ru != null) {
            m.put(Language.RU, ru);
        }
        if (en != null) {
            m.put(Language.EN, en);
        }
        List<Language> t = translated == null ? List.of()
                : translated.stream().map(Language::of).collect(ImmutableList.toImmutableList());
        return new LocalizedText(m, t);
    }

    /** The text in this language, or by the {@link #FALLBACK_ORDER}. */
    public String get(Language language) {
        Objects.requireNonNull(language, "language");
        String t = texts.get(language);
        if (t != null) {
            return t;
        }
        for (Language l : FALLBACK_ORDER) {
            t = texts.get(l);
            if (t != null) {
                return t;
            }
        }
        throw new IllegalStateException("unreachable: a localized text is never empty");
    }

    /** The text in exactly this language, without fallback. */
    public Optional<String> find(Language language) {
        return Optional.ofNullable(texts.get(Objects.requireNonNull(language, "language")));
    }

    /**
     * The text in this language with {@link MessageFormat} arguments filled in; an argument that is
     * itself a {@code LocalizedText} is filled in this language.
     */
    public String format(Language language, Object... arguments) {
        return messageFormat(get(language), language).format(in(language, arguments));
    }

    /**
     * A new text with every language formatted with the same arguments, a {@code LocalizedText}
     * argument in each language its own.
     */
    public LocalizedText formatted(Object... arguments) {
        EnumMap<Language, String> m = new EnumMap<>(Language.class);
        texts.forEach((l, t) -> m.put(l, messageFormat(t, l).format(in(l, arguments))));
        return new LocalizedText(m, translated);
    }

    /** The arguments as {@code language} reads them: each {@code LocalizedText} in that language. */
    private static Object[] in(Language language, Object[] arguments) {
        Object[] out = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof LocalizedText t) {
                if (out == arguments) {
                    out = arguments.clone();
                }
                out[i] = t.get(language);
            }
        }
        return out;
    }

    // every reason formats its kind's pattern: parsing a pattern costs more than formatting it, so
    // parsed patterns are kept (a bounded number: the library's and the methodology's own) and
    // each use takes a copy, because a MessageFormat is not safe to share between threads
    private static final int PARSED_PATTERNS = 4096;
    private static final Map<Language, Map<String, MessageFormat>> PARSED = new EnumMap<>(Map.of(
            Language.KK, new ConcurrentHashMap<>(), Language.RU, new ConcurrentHashMap<>(),
            Language.EN, new ConcurrentHashMap<>()));

    private static MessageFormat messageFormat(String pattern, Language language) {
        Map<String, MessageFormat> parsed = PARSED.get(language);
        MessageFormat f = parsed.get(pattern);
        if (f == null) {
            f = new MessageFormat(pattern, language.locale());
            if (parsed.size() < PARSED_PATTERNS) {
                parsed.put(pattern, f);
            }
        }
        return (MessageFormat) f.clone();
    }

    /** The languages this text has. */
    @JsonIgnore
    public Set<Language> languages() {
        return texts.keySet();
    }

    /** The texts by language. */
    @JsonIgnore
    public Map<Language, String> asMap() {
        return texts;
    }

    /** The languages that are Saruar's translation, not the seed's words. */
    @JsonIgnore
    public Set<Language> translated() {
        return translated;
    }

    @JsonProperty("kk")
    String kk() {
        return texts.get(Language.KK);
    }

    @JsonProperty("ru")
    String ru() {
        return texts.get(Language.RU);
    }

    @JsonProperty("en")
    String en() {
        return texts.get(Language.EN);
    }

    @JsonProperty("translated")
    List<String> translatedTags() {
        return translated.stream().map(Language::tag).collect(ImmutableList.toImmutableList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other && texts.equals(other.texts) && translated.equals(other.translated);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts, translated);
    }

    @Override
    public String toString() {
        return get(Language.EN);
    }
}
