package kz.saruar.model.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import kz.saruar.model.Arguments;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.SaruarException;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.spi.storage.JournalStore;
import kz.saruar.spi.storage.PositionConflictException;
import kz.saruar.spi.storage.StorageException;
import kz.saruar.spi.storage.StoredRecord;

/**
 * The bytes of one journal's records (LFT-06; docs/events.md): the event's envelope as UTF-8 JSON,
 * a line feed, and the hex SHA-256 of the previous record's hash followed by those JSON bytes, as
 * the ledger chains its journal. Reading checks the chain, the position and the schema version:
 * an old version is upgraded by the type's upcasters, a newer one than this library knows is
 * refused. A journal (the cohort's, the community's) names its event types, its mapper and its
 * first event here and keeps nothing else of the format.
 *
 * @param <E> the journal's events
 * @param journal what the journal holds, e.g. {@code cohort} (it names the journal in messages)
 * @param mapper the journal's mapper: it writes the events whose bytes are hashed
 * @param types each type's name and class, in the order messages list them
 * @param first the type of the first event, and of no other
 * @param currentVersion the schema version this library writes and reads up to
 * @param upcasters by type, the version each reads, the function turning that version's body into the next one's
 * @param sortedEnvelope whether the envelope's properties are written in alphabetical order (else the cohort's order)
 * @param unreadable the exception a record that cannot be read is refused with, from its position and why
 */
public record JournalFormat<E extends JournalEvent>(String journal, ObjectMapper mapper,
        Map<String, Class<? extends E>> types, Class<? extends E> first, int currentVersion,
        Map<String, Map<Integer, UnaryOperator<ObjectNode>>> upcasters, boolean sortedEnvelope,
        BiFunction<Long, LocalizedText, ? extends UnreadableRecordException> unreadable) {
    /** The hash the first record follows: 32 zero bytes. */
    private static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();
    private static final int PAGE = 4096;
    private static final int HASH_HEX = 64;
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Each thread's digest and body buffer: a cohort records tens of thousands of events, each hashed once. */
    private static final ThreadLocal<MessageDigest> SHA = ThreadLocal.withInitial(JournalFormat::sha256);

    /** This thread's SHA-256, reset. */
    private static MessageDigest digest() {
        MessageDigest sha = SHA.get();
        sha.reset();
        return sha;
    }

    private static final ThreadLocal<Body> BODY = ThreadLocal.withInitial(Body::new);

    /** Refuses nulls and a version below 1; copies the maps. */
    public JournalFormat {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(mapper, "mapper");
        types = ImmutableMap.copyOf(types);
        Objects.requireNonNull(first, "first");
        if (currentVersion < 1) {
            throw new IllegalArgumentException("schema version below 1: " + currentVersion);
        }
        upcasters = Map.copyOf(upcasters);
        Objects.requireNonNull(unreadable, "unreadable");
    }

    /**
     * A journal's format: every type at schema version 1, no upcasters, the envelope in the
     * cohort's order, {@link UnreadableRecordException} for a record it cannot read.
     *
     * @param journal what the journal holds, e.g. {@code cohort} (it names the journal in messages)
     * @param mapper the journal's mapper
     * @param types each type's name and class, in the order messages list them
     * @param first the type of the first event, and of no other
     */
    public static <E extends JournalEvent> JournalFormat<E> of(String journal, ObjectMapper mapper,
            Map<String, Class<? extends E>> types, Class<? extends E> first) {
        return new JournalFormat<>(journal, mapper, types, first, 1, Map.of(), false,
                (p, why) -> new UnreadableRecordException(journal, p, why));
    }

    /**
     * This format reading up to {@code version}, upgrading older bodies with {@code upcasters}: by
     * type, the version each reads, the function turning that version's body into the next one's.
     */
    public JournalFormat<E> withVersions(int version, Map<String, Map<Integer, UnaryOperator<ObjectNode>>> upcasters) {
        return new JournalFormat<>(journal, mapper, types, first, version, upcasters, sortedEnvelope, unreadable);
    }

    /** This format writing the envelope's properties in alphabetical order (the community's journal). */
    public JournalFormat<E> withSortedEnvelope() {
        return new JournalFormat<>(journal, mapper, types, first, currentVersion, upcasters, true, unreadable);
    }

    /** This format refusing an unreadable record with the journal's own exception. */
    public JournalFormat<E> withUnreadable(BiFunction<Long, LocalizedText, ? extends UnreadableRecordException> unreadable) {
        return new JournalFormat<>(journal, mapper, types, first, currentVersion, upcasters, sortedEnvelope, unreadable);
    }

    /** The hash the first record follows (32 zero bytes), a fresh copy. */
    public static byte[] genesisHash() {
        return GENESIS.clone();
    }

    /** A SHA-256 digest. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new SaruarException("the JDK has no SHA-256", e);
        }
    }

    /** The bytes as lower-case hex. */
    public static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** The bytes of a hex text. */
    public static byte[] unhex(String hash) {
        return HEX.parseHex(hash);
    }

    /** The exception this journal refuses the record at {@code position} with, saying why in kk/ru/en. */
    public UnreadableRecordException unreadable(long position, LocalizedText why) {
        return unreadable.apply(position, why);
    }

    /**
     * The refusal of the record at {@code position} whose place breaks the first event's rule: the
     * first event at another position, or another event at position 0.
     */
    public UnreadableRecordException misplacedFirst(long position) {
        // the type's name in the journal (CohortCreated), not its Java class
        String firstType = types.entrySet().stream().filter(e -> e.getValue().equals(first)).map(Map.Entry::getKey)
                .findFirst().orElse("");
        return unreadable(position, LocalizedText.message("{0} тек бірінші оқиға болуы тиіс",
                "{0} должно быть первым событием и только первым", "{0} must be the first event and only the first",
                firstType));
    }

    /** A record that cannot be read, why in kk/ru/en (Saruar's own words; kk marked as translated). */
    private UnreadableRecordException bad(long position, String kk, String ru, String en, Object... arguments) {
        return unreadable.apply(position, LocalizedText.message(kk, ru, en, arguments));
    }

    /**
     * A command's fingerprint, {@code type:} and the hex SHA-256 of {@code value}'s JSON, so that a
     * repeated idempotency key can be told from a reused one (LFT-06).
     */
    public String fingerprint(String type, Object value) {
        try {
            Body out = Body.take();
            try {
                mapper.writeValue(out, value);
                MessageDigest sha = digest();
                sha.update(out.bytes(), 0, out.size());
                return type + ":" + hex(sha.digest());
            } finally {
                out.release();
            }
        } catch (IOException e) {
            throw new SaruarException("cannot fingerprint a " + type + " command", e);
        }
    }

    /**
     * An encoded record and its hash.
     *
     * @param <E> the journal's events
     * @param payload the record's bytes
     * @param hash the record's hash
     * @param record the record as it will read back
     */
    public record Encoded<E extends JournalEvent>(byte[] payload, byte[] hash, RecordedEvent<E> record) {
    }

    /** The record of {@code event} at {@code position}, following {@code previousHash}. */
    public Encoded<E> encode(long position, String key, String command, Actor actor, OffsetDateTime at, E event,
            byte[] previousHash) {
        Arguments.nonNull("key", key, "command", command, "actor", actor, "at", at, "event", event, "previousHash",
                previousHash);
        // the envelope leaves the hash out: it carries the previous one in its place
        String previousHex = hex(previousHash);
        // the body is written once into this thread's buffer, hashed there and copied once into the payload
        Body body = Body.take();
        byte[] hash;
        byte[] payload;
        try {
            if (sortedEnvelope) {
                RecordedEvent<E> draft = new RecordedEvent<>(position, event.type(), event.schemaVersion(), key, command,
                        actor, at, event, previousHex, previousHex);
                mapper.writeValue(body, sorted(draft.envelope(mapper)));
            } else {
                streamed(position, key, command, actor, at, event, previousHex, body);
            }
            MessageDigest sha = digest();
            sha.update(previousHash);
            sha.update(body.bytes(), 0, body.size());
            hash = sha.digest();
            payload = new byte[body.size() + 1 + HASH_HEX];
            System.arraycopy(body.bytes(), 0, payload, 0, body.size());
            payload[body.size()] = '\n';
            hexInto(hash, payload, body.size() + 1);
        } catch (IOException e) {
            throw new SaruarException("cannot write the " + journal + " event " + event.type() + " as JSON", e);
        } finally {
            body.release();
        }
        // the hash's text is the payload's last line, read back rather than formatted twice
        String hashHex = new String(payload, payload.length - HASH_HEX, HASH_HEX, StandardCharsets.ISO_8859_1);
        return new Encoded<>(payload, hash, new RecordedEvent<>(position, event.type(), event.schemaVersion(), key,
                command, actor, at, event, previousHex, hashHex));
    }

    /** Writes {@code b} as lower-case hex digits into {@code out} from {@code offset}, as {@link #hex} formats it. */
    private static void hexInto(byte[] b, byte[] out, int offset) {
        for (int i = 0; i < b.length; i++) {
            out[offset + 2 * i] = HEX_DIGITS[(b[i] >> 4) & 0xf];
            out[offset + 2 * i + 1] = HEX_DIGITS[b[i] & 0xf];
        }
    }

    /**
     * A growable byte buffer a thread reuses for the bodies it writes; one grown beyond 64 KiB (a
     * large first event) is dropped after use rather than kept by every thread that wrote one.
     */
    private static final class Body extends java.io.ByteArrayOutputStream {
        private static final int KEEP = 64 * 1024;
        private boolean inUse;

        Body() {
            super(16 * 1024);
        }

        /** This thread's buffer, empty; a fresh one if the thread's is in use (a nested write). */
        static Body take() {
            Body b = BODY.get();
            if (b.inUse) {
                b = new Body();
            }
            b.inUse = true;
            b.reset();
            return b;
        }

        /** The buffer itself (its first {@link #size()} bytes are written), without a copy. */
        byte[] bytes() {
            return buf;
        }

        void release() {
            inUse = false;
            if (buf.length > KEEP) {
                buf = new byte[16 * 1024];
            }
        }
    }

    /**
     * The envelope's bytes in the cohort's order, written straight from the event: the same bytes
     * as writing {@link RecordedEvent#envelope} (the same fields in the same order, the event
     * through the same mapper) without building the tree first (the tree was a fifth of recording
     * an event).
     */
    private void streamed(long position, String key, String command, Actor actor, OffsetDateTime at, E event,
            String previousHash, java.io.OutputStream out) throws IOException {
        try (JsonGenerator g = mapper.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", event.type());
            g.writeNumberField("schemaVersion", event.schemaVersion());
            g.writeNumberField("position", position);
            g.writeStringField("key", key);
            g.writeStringField("command", command);
            g.writeObjectFieldStart("actor");
            g.writeStringField("id", actor.id());
            g.writeStringField("role", actor.role().name());
            g.writeEndObject();
            g.writeStringField("at", at.toString());
            g.writeStringField("previousHash", previousHash);
            g.writeFieldName("event");
            mapper.writeValue(g, event);
            g.writeEndObject();
        }
    }

    private ObjectNode sorted(ObjectNode o) {
        ObjectNode s = mapper.createObjectNode();
        ImmutableList.copyOf(o.fieldNames()).stream().sorted().forEach(f -> s.set(f, o.get(f)));
        return s;
    }

    /**
     * Reads the record at {@code position} that should follow {@code previousHash}.
     *
     * @throws UnreadableRecordException naming the position: damaged bytes, a broken chain, an
     *     unknown type or a newer schema version
     */
    public RecordedEvent<E> decode(long position, byte[] payload, byte[] previousHash) {
        int nl = lastLineFeed(payload);
        if (nl < 0 || payload.length - nl - 1 != HASH_HEX) {
            throw bad(position, "оқиғаның JSON-ынан кейін хэш жолы жоқ", "после JSON события нет строки хэша",
                    "no hash line after the event's JSON");
        }
        String storedHash = new String(payload, nl + 1, HASH_HEX, StandardCharsets.US_ASCII);
        MessageDigest sha = digest();
        sha.update(previousHash);
        sha.update(payload, 0, nl);
        String computed = hex(sha.digest());
        if (!computed.equals(storedHash)) {
            throw bad(position, "хэш сәйкес емес: жазба немесе оның алдындағысы өзгертілген (сақталғаны {0}, есептелгені {1})",
                    "хэш не совпадает: запись или предыдущая изменены (сохранён {0}, вычислен {1})",
                    "hash mismatch: the record or the one before it was altered (stored {0}, computed {1})", storedHash,
                    computed);
        }
        JsonNode root;
        try {
            root = mapper.readTree(payload, 0, nl);
        } catch (java.io.IOException e) {
            throw bad(position, "JSON емес", "не JSON", "not JSON: {0}", e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad(position, "JSON нысаны емес", "не объект JSON", "not a JSON object");
        }
        String type = root.path("type").asText("");
        Class<? extends E> cls = types.get(type);
        if (cls == null) {
            throw bad(position, "белгісіз оқиға түрі «{0}»; бұл кітапхана оқитындары: {1}",
                    "неизвестный тип события «{0}»; эта библиотека читает {1}",
                    "unknown event type \"{0}\"; this library reads {1}", type, types.keySet());
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1) {
            throw bad(position, "{0} жарамды schemaVersion жоқ", "у {0} нет корректного schemaVersion",
                    "{0} has no valid schemaVersion", type);
        }
        if (version > currentVersion) {
            throw bad(position, "{0} схеманың {1}-нұсқасымен жазылған; бұл кітапхана {0} түрін {2}-нұсқаға дейін оқиды:"
                    + " журналды Saruar-дың жаңа нұсқасымен ашыңыз",
                    "{0} записан в версии схемы {1}; эта библиотека читает {0} до версии {2}: откройте журнал более новой версией Saruar",
                    "{0} is written in schema version {1}; this library reads {0} up to version {2}: open the {3} with a newer Saruar",
                    type, version, currentVersion, journal);
        }
        if (root.path("position").asLong(-1) != position) {
            throw bad(position, "жазба өзін {0}-орында деп көрсетеді: жазбалар жылжытылған",
                    "запись указывает позицию {0}: записи перемещены",
                    "the record says it is at position {0}: records were moved", root.path("position"));
        }
        if (!hex(previousHash).equals(root.path("previousHash").asText())) {
            throw bad(position, "previousHash алдыңғы жазбаны көрсетпейді", "previousHash не указывает на предыдущую запись",
                    "previousHash does not name the record before it");
        }
        JsonNode body = root.get("event");
        if (body == null || !body.isObject()) {
            throw bad(position, "{0} ішінде event нысаны жоқ", "у {0} нет объекта event", "{0} has no event object", type);
        }
        ObjectNode upcast = (ObjectNode) body;
        for (int v = version; v < currentVersion; v++) {
            UnaryOperator<ObjectNode> up = upcasters.getOrDefault(type, Map.of()).get(v);
            if (up == null) {
                throw bad(position, "{0} түрінің {1}-нұсқасын жаңартатын функция жоқ", "для {0} версии {1} нет функции обновления",
                        "{0} version {1} has no upcaster", type, v);
            }
            upcast = up.apply(upcast);
        }
        try {
            E event = mapper.treeToValue(upcast, cls);
            JsonNode a = root.path("actor");
            Actor actor = Actor.of(a.path("id").asText(), ActorRole.valueOf(a.path("role").asText()));
            OffsetDateTime at = OffsetDateTime.parse(root.path("at").asText());
            String key = root.path("key").asText();
            String command = root.path("command").asText();
            return new RecordedEvent<>(position, type, version, key, command, actor, at, event, hex(previousHash),
                    storedHash);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw bad(position, "{0} өз схемасына сай емес", "{0} не соответствует своей схеме",
                    "{0} does not match its schema: {1}", type, e.getMessage());
        }
    }

    private static int lastLineFeed(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Writes the journal's first event at position 0 (the journal's creation): empty when it was
     * appended, or how many records the journal already holds when it is not empty (another writer
     * may have created it first).
     *
     * @throws RuntimeException the store's failure (fail-stop), see {@link #failure}
     */
    public OptionalLong create(JournalStore store, String key, String command, Actor actor, OffsetDateTime at,
            E first) {
        Objects.requireNonNull(store, "store");
        long end = store.endPosition();
        if (end != 0) {
            return OptionalLong.of(end);
        }
        Encoded<E> e = encode(0, key, command, actor, at, first, GENESIS);
        return append(store, 0, List.of(e.payload()));
    }

    /**
     * Appends {@code records} at {@code position} and waits until they are stored: empty, or the
     * journal's end when another writer took those positions first and nothing of the batch was
     * stored (LFT-06). A store refuses such a batch at once; a store shared by several writers
     * (PostgreSQL across nodes) learns it only when the other writer's transaction commits first,
     * and completes the append's future with the conflict: both come back here as a conflict.
     *
     * @throws RuntimeException the store's failure (fail-stop), see {@link #failure}
     */
    public OptionalLong append(JournalStore store, long position, List<byte[]> records) {
        return append(store, position, records, "the " + journal + " journal's store");
    }

    /**
     * As {@link #append(JournalStore, long, List)} for a store that holds no journal of a format
     * (a snapshot store): a failure other than a conflict is thrown as {@link #failure(String,
     * CompletionException)} makes it, naming the store as {@code storeName} (e.g. "the snapshot store").
     */
    public static OptionalLong append(JournalStore store, long position, List<byte[]> records, String storeName) {
        Arguments.nonNull("store", store, "records", records, "storeName", storeName);
        try {
            store.append(position, records).join();
            return OptionalLong.empty();
        } catch (PositionConflictException c) {
            return OptionalLong.of(c.actualPosition());
        } catch (CompletionException c) {
            if (c.getCause() instanceof PositionConflictException lost) {
                return OptionalLong.of(lost.actualPosition());
            }
            throw failure(storeName, c);
        }
    }

    /**
     * What an append that did not complete throws: the store's own runtime failure, or a
     * {@link StorageException} naming the store ({@code storeName}, e.g. "the cohort journal's store").
     */
    public static RuntimeException failure(String storeName, CompletionException c) {
        Throwable cause = c.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        return new StorageException(storeName + " failed: " + cause, cause);
    }

    /**
     * Refuses to open a journal that holds nothing yet.
     *
     * @throws SaruarException when {@code store} is empty
     */
    public void requireCreated(JournalStore store) {
        if (Objects.requireNonNull(store, "store").endPosition() == 0) {
            throw new SaruarException("the journal " + store + " holds no " + journal + ": create one first");
        }
    }

    /**
     * Reads the records from {@code from}, the first of which follows {@code previousHash}, to the
     * journal's end as it was when reading began, page by page, handing each to {@code each}.
     *
     * @throws UnreadableRecordException naming the first record that cannot be read
     */
    public void read(JournalStore store, long from, byte[] previousHash, Consumer<? super RecordedEvent<E>> each) {
        Objects.requireNonNull(each, "each");
        scan(store, from, previousHash, r -> {
            each.accept(r);
            return true;
        });
    }

    /** Reads as {@link #read} does while {@code each} says go on. */
    private void scan(JournalStore store, long from, byte[] previousHash, Predicate<RecordedEvent<E>> each) {
        Objects.requireNonNull(store, "store");
        byte[] prev = previousHash;
        long p = from;
        long end = store.endPosition();
        while (p < end) {
            List<StoredRecord> page = store.read(p, PAGE);
            if (page.isEmpty()) {
                return;
            }
            for (StoredRecord r : page) {
                RecordedEvent<E> e = decode(r.position(), r.payload(), prev);
                if (!each.test(e)) {
                    return;
                }
                prev = unhex(e.hash());
            }
            p += page.size();
        }
    }

    /**
     * Every recorded event of the journal, in order.
     *
     * @throws UnreadableRecordException naming the first record that cannot be read
     */
    public List<RecordedEvent<E>> events(JournalStore store) {
        List<RecordedEvent<E>> out = new ArrayList<>();
        read(store, 0, GENESIS, out::add);
        return out;
    }

    /**
     * Checks the whole journal's hash chain and schema, and that its first event and only its first
     * is of the first type, without opening it: the first bad record, if any.
     */
    public JournalVerification verify(JournalStore store) {
        Tally t = new Tally();
        try {
            scan(store, 0, GENESIS, r -> {
                if (r.position() == 0 != first.isInstance(r.event())) {
                    t.misplaced = true;
                    return false;
                }
                t.records = r.position() + 1;
                t.lastHash = r.hash();
                return true;
            });
        } catch (UnreadableRecordException x) {
            return JournalVerification.badAt(x.position(), t.lastHash, x.text());
        }
        if (t.misplaced) {
            return JournalVerification.badAt(t.records, t.lastHash, misplacedFirst(t.records).text());
        }
        return JournalVerification.ok(t.records, t.lastHash);
    }

    /** How far {@link #verify} got. */
    private static final class Tally {
        long records;
        String lastHash = hex(GENESIS);
        boolean misplaced;
    }
}
