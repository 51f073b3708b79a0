package kz.saruar.model.methodology;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import kz.saruar.model.Language;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.catalog.Band;
import kz.saruar.model.catalog.CascadeLevel;
import kz.saruar.model.catalog.CatalogEntry;
import kz.saruar.model.catalog.CoachingTopic;
import kz.saruar.model.catalog.Criterion;
import kz.saruar.model.catalog.CurriculumModule;
import kz.saruar.model.catalog.Direction;
import kz.saruar.model.catalog.DocumentKind;
import kz.saruar.model.catalog.ExpertCompetency;
import kz.saruar.model.catalog.FocusArea;
import kz.saruar.model.catalog.FormStageMapping;
import kz.saruar.model.catalog.GrowStep;
import kz.saruar.model.catalog.JurySeat;
import kz.saruar.model.catalog.KickoffSession;
import kz.saruar.model.catalog.LevelDescriptor;
import kz.saruar.model.catalog.LifecycleMapping;
import kz.saruar.model.catalog.LifecycleStage;
import kz.saruar.model.catalog.Questionnaire;
import kz.saruar.model.catalog.RuleText;
import kz.saruar.model.catalog.StageMapping;
import kz.saruar.model.catalog.SupportMeasureGroup;

/**
 * The standard methodology compiled into a compact form (FMT-01; for a fast cold start): the
 * validated {@link MethodologyDocument} of {@code standard-methodology.json}, written component by
 * component in the records' order, so that {@link Methodology#standard()} rebuilds it without
 * parsing JSON and without jackson at all.
 *
 * <p>The form is generated from the validating loader's value by {@code GeneratedReferenceTest}
 * ({@code -Dsaruar.regenerate=true}) and committed as {@link #RESOURCE}; the tests require it to be
 * up to date and to read back equal to that value. It names the JSON file it was compiled from by
 * length and CRC32 (in a jar, the JSON's entry records both, so the check reads no JSON): when
 * the JSON in the jar is another (the form was not regenerated after an
 * edit), {@link #read()} gives nothing and the standard methodology takes the validating path, so a
 * stale form can cost time but never change the value.
 *
 * <p>Layout: the magic {@code SRM1}, the JSON's length and CRC32, then the document. An int is 4
 * bytes big-endian; a string its UTF-8 length as an int, then the bytes; a boolean one byte; a
 * decimal its string form; an enum its name; an {@code Optional} a presence byte, then the value;
 * a list its size, then the elements; a localized text kk, ru, en each as an optional string, then
 * the translated tags as a list; a record its components in order.
 */
final class StandardMethodologyForm {
    /** The classpath resource of the compiled form. */
    static final String RESOURCE = "/kz/saruar/model/standard-methodology.bin";
    private static final byte[] MAGIC = {'S', 'R', 'M', '1'};

    /** The element types of the document's lists; one switch rather than a lambda per type keeps start-up cheap. */
    private enum Item {
        TEXT, STRING, INTEGER, RULE_ID, ACTOR_ROLE, ENTRY, DIRECTION, DOCUMENT_KIND, COMPETENCY, KICKOFF,
        BREAK, JURY_SEAT, CRITERION, LEVEL, BAND, MODULE, COACHING_TOPIC, GROW_STEP, CASCADE_LEVEL,
        LIFECYCLE_STAGE, MEASURE_GROUP, FOCUS_AREA, QUESTIONNAIRE, LIFECYCLE_MAPPING, FORM_STAGE_MAPPING,
        COMMAND_ROLES, RULE_TEXT
    }

    private final byte[] b;
    private int at;

    private StandardMethodologyForm(byte[] bytes, int start) {
        this.b = bytes;
        this.at = start;
    }

    // -- reading ----------------------------------------------------------------------------------

    /**
     * The standard document from the compiled form in the jar, if the form is there and was
     * compiled from the JSON file in the jar; otherwise empty (the caller takes the validating path).
     */
    static Optional<MethodologyDocument> read() {
        byte[] form = resource(RESOURCE);
        long[] json = lengthAndCrc(MethodologyLoader.STANDARD_RESOURCE);
        if (form == null || json == null) {
            return Optional.empty();
        }
        return read(form, json[0], (int) json[1]);
    }

    /** The document in {@code form} if it was compiled from {@code json}; a form that does not read to its end is refused. */
    static Optional<MethodologyDocument> read(byte[] form, byte[] json) {
        return read(form, json.length, crc(json));
    }

    private static Optional<MethodologyDocument> read(byte[] form, long jsonLength, int jsonCrc) {
        if (form.length < 12 || form[0] != MAGIC[0] || form[1] != MAGIC[1] || form[2] != MAGIC[2]
                || form[3] != MAGIC[3]) {
            return Optional.empty();
        }
        StandardMethodologyForm r = new StandardMethodologyForm(form, 4);
        if (r.integer() != jsonLength || r.integer() != jsonCrc) {
            return Optional.empty();
        }
        MethodologyDocument d;
        try {
            d = r.document();
        } catch (RuntimeException e) {
            // a missing value (a record refuses null), a code that is no constant of its enum, a short form
            throw new SaruarException("the compiled standard methodology does not read at byte " + r.at + ": " + e, e);
        }
        if (r.at != form.length) {
            throw new SaruarException("the compiled standard methodology has " + (form.length - r.at)
                    + " bytes after the document");
        }
        return Optional.of(d);
    }

    private static byte[] resource(String name) {
        try (InputStream in = StandardMethodologyForm.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The length and CRC32 of a resource: in a jar, those its entry records (no need to inflate
     * the file); elsewhere (a class directory), computed from its bytes. Null when it is missing.
     */
    private static long[] lengthAndCrc(String name) {
        URL url = StandardMethodologyForm.class.getResource(name);
        if (url == null) {
            return null;
        }
        try {
            URLConnection c = url.openConnection();
            if (c instanceof JarURLConnection jar) {
                JarEntry e = jar.getJarEntry();
                if (e != null && e.getSize() >= 0 && e.getCrc() >= 0) {
                    return new long[] {e.getSize(), (int) e.getCrc()};
                }
            }
            try (InputStream in = c.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                return new long[] {bytes.length, crc(bytes)};
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    // the records, each its components in order (Java evaluates arguments left to right)

    private MethodologyDocument document() {
        return new MethodologyDocument(integer(), string(), text(), text(), optionalString(), list(Item.DIRECTION),
                list(Item.ENTRY), list(Item.ENTRY), list(Item.ENTRY), list(Item.ENTRY), list(Item.ENTRY),
                list(Item.ENTRY), list(Item.DOCUMENT_KIND), intake(), experts(), preAcceleration(), defense(),
                acceleration(), exit(), maturity(), ledger(), new LifecycleRules(list(Item.COMMAND_ROLES)),
                list(Item.RULE_TEXT));
    }

    private IntakeRules intake() {
        return new IntakeRules(list(Item.ENTRY), list(Item.ENTRY), integer(), integer(), list(Item.ENTRY),
                list(Item.ENTRY), integer(), integer(), integer(), list(Item.ENTRY), list(Item.ENTRY), integer(),
                integer(), integer(), list(Item.STRING));
    }

    private ExpertRules experts() {
        return new ExpertRules(list(Item.ENTRY), integer(), integer(), list(Item.ENTRY), list(Item.ENTRY), integer(),
                integer(), list(Item.ENTRY), list(Item.COMPETENCY));
    }

    private PreAccelerationProgram preAcceleration() {
        return new PreAccelerationProgram(integer(), list(Item.ENTRY), list(Item.KICKOFF), list(Item.STRING),
                new ConsultationRules(integer(), integer(), integer(), integer(), integer(),
                        new DailyHours(string(), string(), list(Item.BREAK))),
                list(Item.STRING), list(Item.ENTRY));
    }

    private DefenseRules defense() {
        return new DefenseRules(new JuryComposition(integer(), list(Item.JURY_SEAT)), new ScoreScale(integer(), integer()),
                list(Item.CRITERION), optionalInteger(), list(Item.BAND), integer(), ConflictPolicy.valueOf(string()),
                integer(), integer(), integer(), integer(), list(Item.STRING), integer(), list(Item.STRING));
    }

    private AccelerationProgram acceleration() {
        return new AccelerationProgram(integer(), list(Item.MODULE), decimal(), list(Item.INTEGER),
                list(Item.COACHING_TOPIC), list(Item.GROW_STEP));
    }

    private ExitRules exit() {
        return new ExitRules(list(Item.ENTRY), list(Item.ENTRY), list(Item.STRING), list(Item.ENTRY),
                list(Item.CASCADE_LEVEL));
    }

    private MaturityModel maturity() {
        return new MaturityModel(list(Item.ENTRY), list(Item.LIFECYCLE_STAGE), list(Item.ENTRY), list(Item.ENTRY),
                list(Item.MEASURE_GROUP), list(Item.TEXT), list(Item.ENTRY), list(Item.ENTRY), list(Item.ENTRY),
                list(Item.FOCUS_AREA), list(Item.QUESTIONNAIRE),
                new StageMapping(list(Item.LIFECYCLE_MAPPING), list(Item.FORM_STAGE_MAPPING)));
    }

    private LedgerRules ledger() {
        return new LedgerRules(decimal(), bool(), list(Item.ENTRY));
    }

    private Object item(Item item) {
        return switch (item) {
            case TEXT -> text();
            case STRING -> string();
            case INTEGER -> integer();
            case RULE_ID -> RuleId.of(string());
            case ACTOR_ROLE -> ActorRole.valueOf(string());
            case ENTRY -> new CatalogEntry(string(), text(), optionalText());
            case DIRECTION -> new Direction(string(), text(), optionalText(), optionalText(), list(Item.TEXT));
            case DOCUMENT_KIND -> new DocumentKind(string(), text(), list(Item.RULE_ID));
            case COMPETENCY -> new ExpertCompetency(string(), text(), list(Item.TEXT));
            case KICKOFF -> new KickoffSession(string(), text(), text());
            case BREAK -> new DailyHours.BreakTime(string(), string());
            case JURY_SEAT -> new JurySeat(string(), integer(), text());
            case CRITERION -> new Criterion(string(), text(), list(Item.LEVEL));
            case LEVEL -> new LevelDescriptor(integer(), text());
            case BAND -> new Band(string(), text(), integer(), integer());
            case MODULE -> new CurriculumModule(string(), text(), optionalDecimal());
            case COACHING_TOPIC -> new CoachingTopic(string(), text(), list(Item.TEXT), list(Item.TEXT),
                    list(Item.TEXT), list(Item.TEXT));
            case GROW_STEP -> new GrowStep(string(), text(), list(Item.TEXT));
            case CASCADE_LEVEL -> new CascadeLevel(string(), text(), bool());
            case LIFECYCLE_STAGE -> new LifecycleStage(string(), text(), text(), list(Item.TEXT), text());
            case MEASURE_GROUP -> new SupportMeasureGroup(string(), string(), list(Item.TEXT));
            case FOCUS_AREA -> new FocusArea(string(), text(), list(Item.TEXT));
            case QUESTIONNAIRE -> new Questionnaire(string(), text(), list(Item.ENTRY));
            case LIFECYCLE_MAPPING -> new LifecycleMapping(string(), optionalString(), string());
            case FORM_STAGE_MAPPING -> new FormStageMapping(string(), list(Item.STRING));
            case COMMAND_ROLES -> new CommandRoles(LifecycleCommandCode.valueOf(string()), list(Item.ACTOR_ROLE));
            case RULE_TEXT -> new RuleText(RuleId.of(string()), text(), string(), string(), bool());
        };
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Item item) {
        int n = integer();
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item(item));
        }
        return (List<T>) out;
    }

    private LocalizedText text() {
        EnumMap<Language, String> texts = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            if (bool()) {
                texts.put(l, string());
            }
        }
        int n = integer();
        List<Language> translated = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            translated.add(Language.valueOf(string()));
        }
        return LocalizedText.of(texts, translated);
    }

    private Optional<LocalizedText> optionalText() {
        return bool() ? Optional.of(text()) : Optional.empty();
    }

    private Optional<String> optionalString() {
        return bool() ? Optional.of(string()) : Optional.empty();
    }

    private Optional<Integer> optionalInteger() {
        return bool() ? Optional.of(integer()) : Optional.empty();
    }

    private Optional<BigDecimal> optionalDecimal() {
        return bool() ? Optional.of(decimal()) : Optional.empty();
    }

    private String string() {
        int n = integer();
        String s = new String(b, at, n, StandardCharsets.UTF_8);
        at += n;
        return s;
    }

    private BigDecimal decimal() {
        return new BigDecimal(string());
    }

    private boolean bool() {
        byte v = b[at++];
        if (v != 0 && v != 1) {
            throw new IllegalStateException("not a boolean: " + v);
        }
        return v == 1;
    }

    private int integer() {
        int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
        at += 4;
        return v;
    }

    // -- writing (at build time, from the validated value) -----------------------------------------

    /** The compact form of {@code document}, compiled from the JSON file {@code json}. */
    static byte[] write(MethodologyDocument document, byte[] json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(json.length);
            out.writeInt(crc(json));
            value(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        if (v instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (v instanceof Integer i) {
            out.writeInt(i);
        } else if (v instanceof Boolean z) {
            out.writeBoolean(z);
        } else if (v instanceof BigDecimal d) {
            value(out, d.toString());
        } else if (v instanceof Enum<?> e) {
            value(out, e.name());
        } else if (v instanceof Optional<?> o) {
            out.writeBoolean(o.isPresent());
            if (o.isPresent()) {
                value(out, o.get());
            }
        } else if (v instanceof List<?> list) {
            out.writeInt(list.size());
            for (Object e : list) {
                value(out, e);
            }
        } else if (v instanceof LocalizedText t) {
            for (Language l : Language.values()) {
                value(out, t.find(l));
            }
            value(out, List.copyOf(t.translated()));
        } else if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                value(out, component(c, r));
            }
        } else {
            throw new IllegalArgumentException("no compact form for " + v.getClass().getName());
        }
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }
}
