package kz.saruar.cohort;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import kz.saruar.model.SaruarException;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;

/**
 * The bytes of a cohort journal record (LFT-06; docs/events.md): the event's envelope as UTF-8
 * JSON, a line feed, and the hex SHA-256 of the previous record's hash followed by those JSON
 * bytes, as the ledger chains its journal. Reading checks the schema version: an old version is
 * upgraded by the type's upcasters, a newer one than this library knows is refused.
 */
final class EventCodec {
    static final byte[] GENESIS_HASH = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    /** Each type with the schema version this library writes. */
    static final Map<String, Class<? extends CohortEvent>> TYPES = ImmutableMap.<String, Class<? extends CohortEvent>>builder()
            .put("CohortCreated", CohortEvent.CohortCreated.class)
            .put("ApplicationSubmitted", CohortEvent.ApplicationSubmitted.class)
            .put("ApplicationUpdated", CohortEvent.ApplicationUpdated.class)
            .put("EligibilityRecorded", CohortEvent.EligibilityRecorded.class)
            .put("LifecycleRecorded", CohortEvent.LifecycleRecorded.class)
            .put("DefenseHeld", CohortEvent.DefenseHeld.class)
            .put("AvailabilityPublished", CohortEvent.AvailabilityPublished.class)
            .put("ConsultationBooked", CohortEvent.ConsultationBooked.class)
            .put("ConsultationHeld", CohortEvent.ConsultationHeld.class)
            .put("ConsultationCancelled", CohortEvent.ConsultationCancelled.class)
            .put("ConsultationNoShow", CohortEvent.ConsultationNoShow.class)
            .put("CertificatesIssued", CohortEvent.CertificatesIssued.class)
            .put("PersonalDataErased", CohortEvent.PersonalDataErased.class)
            .build();

    /** The schema version of each type this library writes; every type is at version 1 so far. */
    static final int CURRENT_VERSION = 1;

    /**
     * Upcasters by type and the version they read: each turns an event body of that version into
     * the next version's. Empty while every type is at version 1; docs/events.md says how one is added.
     */
    static final Map<String, Map<Integer, UnaryOperator<ObjectNode>>> UPCASTERS = Map.of();

    private EventCodec() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new SaruarException("the JDK has no SHA-256", e);
        }
    }

    static String hex(byte[] b) {
        return HEX.formatHex(b);
    }

    /** The envelope of a recorded event, without its hash. */
    static ObjectNode envelope(RecordedEvent e) {
        ObjectNode o = CohortJson.MAPPER.createObjectNode();
        o.put("type", e.type());
        o.put("schemaVersion", e.schemaVersion());
        o.put("position", e.position());
        o.put("key", e.key());
        o.put("command", e.command());
        o.putObject("actor").put("id", e.actor().id()).put("role", e.actor().role().name());
        o.put("at", e.at().toString());
        o.put("previousHash", e.previousHash());
        o.set("event", CohortJson.MAPPER.valueToTree(e.event()));
        return o;
    }

    /**
     * The envelope's bytes, written straight from the event: the same bytes as writing
     * {@link #envelope} (the same fields in the same order, the event through the same mapper),
     * without building the tree first (the tree was a fifth of recording an event).
     */
    static byte[] body(RecordedEvent e) throws IOException {
        ByteArrayBuilder out = new ByteArrayBuilder(1024);
        try (JsonGenerator g = CohortJson.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", e.type());
            g.writeNumberField("schemaVersion", e.schemaVersion());
            g.writeNumberField("position", e.position());
            g.writeStringField("key", e.key());
            g.writeStringField("command", e.command());
            g.writeObjectFieldStart("actor");
            g.writeStringField("id", e.actor().id());
            g.writeStringField("role", e.actor().role().name());
            g.writeEndObject();
            g.writeStringField("at", e.at().toString());
            g.writeStringField("previousHash", e.previousHash());
            g.writeFieldName("event");
            CohortJson.MAPPER.writeValue(g, e.event());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    /** An encoded record and its hash. */
    record Encoded(byte[] payload, byte[] hash, RecordedEvent event) {
    }

    static Encoded encode(long position, String key, String command, Actor actor, OffsetDateTime at, CohortEvent event,
            byte[] previousHash) {
        RecordedEvent draft = new RecordedEvent(position, event.type(), event.schemaVersion(), key, command, actor, at,
                event, hex(previousHash), "");
        byte[] body;
        try {
            body = body(draft);
        } catch (IOException e) {
            throw new SaruarException("cannot write the event " + event.type() + " as JSON", e);
        }
        MessageDigest sha = sha256();
        sha.update(previousHash);
        byte[] hash = sha.digest(body);
        byte[] hashHex = hex(hash).getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[body.length + 1 + hashHex.length];
        System.arraycopy(body, 0, payload, 0, body.length);
        payload[body.length] = '\n';
        System.arraycopy(hashHex, 0, payload, body.length + 1, hashHex.length);
        return new Encoded(payload, hash, new RecordedEvent(position, event.type(), event.schemaVersion(), key, command,
                actor, at, event, hex(previousHash), hex(hash)));
    }

    /**
     * Reads the record at {@code position} that should follow {@code previousHash}.
     *
     * @throws UnreadableEventException naming the position: damaged bytes, a broken chain, an
     *     unknown type or a newer schema version
     */
    static RecordedEvent decode(long position, byte[] payload, byte[] previousHash) {
        int nl = lastLineFeed(payload);
        if (nl < 0 || payload.length - nl - 1 != 64) {
            throw new UnreadableEventException(position, "no hash line after the event's JSON");
        }
        String storedHash = new String(payload, nl + 1, 64, StandardCharsets.US_ASCII);
        MessageDigest sha = sha256();
        sha.update(previousHash);
        sha.update(payload, 0, nl);
        String computed = hex(sha.digest());
        if (!computed.equals(storedHash)) {
            throw new UnreadableEventException(position, "hash mismatch: the record or the one before it was altered"
                    + " (stored " + storedHash + ", computed " + computed + ")");
        }
        JsonNode root;
        try {
            root = CohortJson.MAPPER.readTree(payload, 0, nl);
        } catch (IOException e) {
            throw new UnreadableEventException(position, "not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableEventException(position, "not a JSON object");
        }
        String type = root.path("type").asText("");
        Class<? extends CohortEvent> cls = TYPES.get(type);
        if (cls == null) {
            throw new UnreadableEventException(position, "unknown event type \"" + type + "\"; this library reads "
                    + TYPES.keySet());
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1) {
            throw new UnreadableEventException(position, type + " has no valid schemaVersion");
        }
        if (version > CURRENT_VERSION) {
            throw new UnreadableEventException(position, type + " is written in schema version " + version
                    + "; this library reads " + type + " up to version " + CURRENT_VERSION
                    + ": open the cohort with a newer Saruar");
        }
        if (root.path("position").asLong(-1) != position) {
            throw new UnreadableEventException(position, "the record says it is at position " + root.path("position")
                    + ": records were moved");
        }
        if (!hex(previousHash).equals(root.path("previousHash").asText())) {
            throw new UnreadableEventException(position, "previousHash does not name the record before it");
        }
        JsonNode body = root.get("event");
        if (body == null || !body.isObject()) {
            throw new UnreadableEventException(position, type + " has no event object");
        }
        ObjectNode upcast = (ObjectNode) body;
        for (int v = version; v < CURRENT_VERSION; v++) {
            UnaryOperator<ObjectNode> up = UPCASTERS.getOrDefault(type, Map.of()).get(v);
            if (up == null) {
                throw new UnreadableEventException(position, type + " version " + v + " has no upcaster");
            }
            upcast = up.apply(upcast);
        }
        try {
            CohortEvent event = CohortJson.MAPPER.treeToValue(upcast, cls);
            JsonNode a = root.path("actor");
            Actor actor = Actor.of(a.path("id").asText(), ActorRole.valueOf(a.path("role").asText()));
            OffsetDateTime at = OffsetDateTime.parse(root.path("at").asText());
            String key = root.path("key").asText();
            String command = root.path("command").asText();
            return new RecordedEvent(position, type, version, key, command, actor, at, event, hex(previousHash), storedHash);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new UnreadableEventException(position, type + " does not match its schema: " + e.getMessage());
        }
    }

    static byte[] unhex(String hash) {
        return HEX.parseHex(hash);
    }

    private static int lastLineFeed(byte[] b) {
        for (int i = b.length - 1; i >= 0; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
