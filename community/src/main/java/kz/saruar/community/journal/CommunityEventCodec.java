package kz.saruar.community.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import kz.saruar.model.SaruarException;
import kz.saruar.model.lifecycle.Actor;
import kz.saruar.model.methodology.ActorRole;

/**
 * The bytes of a community journal record (LFT-06), the cohort journal's format (docs/events.md):
 * the envelope as UTF-8 JSON with properties in alphabetical order, a line feed, and the hex
 * SHA-256 of the previous record's hash followed by those JSON bytes. Reading checks the chain,
 * the position, the type and the schema version (a newer one than this library reads is refused).
 */
final class CommunityEventCodec {
    static final byte[] GENESIS_HASH = new byte[32];
    static final int CURRENT_VERSION = 1;
    private static final HexFormat HEX = HexFormat.of();

    /** The one mapper of the journal: ISO-8601 java.time, empty {@code Optional}s left out, sorted properties, strict reading. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // measurements keep their exact decimals through the journal (20 stays 20, not 2E+1 read back as 20.0)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    static final Map<String, Class<? extends CommunityEvent>> TYPES = ImmutableMap.<String, Class<? extends CommunityEvent>>builder()
            .put("CommunityCreated", CommunityEvent.CommunityCreated.class)
            .put("ExpertRegistered", CommunityEvent.ExpertRegistered.class)
            .put("ExpertUpdated", CommunityEvent.ExpertUpdated.class)
            .put("ProjectRegistered", CommunityEvent.ProjectRegistered.class)
            .put("ProjectUpdated", CommunityEvent.ProjectUpdated.class)
            .put("DeclinedPairRecorded", CommunityEvent.DeclinedPairRecorded.class)
            .put("PairProposed", CommunityEvent.PairProposed.class)
            .put("PairConsented", CommunityEvent.PairConsented.class)
            .put("PairDeclined", CommunityEvent.PairDeclined.class)
            .put("PersonalDataErased", CommunityEvent.PersonalDataErased.class)
            .put("CollaborationRecorded", CommunityEvent.CollaborationRecorded.class)
            .put("TheoryRecorded", CommunityEvent.TheoryRecorded.class)
            .put("MeasurementRecorded", CommunityEvent.MeasurementRecorded.class)
            .build();

    private CommunityEventCodec() {
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

    static byte[] unhex(String h) {
        return HEX.parseHex(h);
    }

    /** An encoded record and its hash. */
    record Encoded(byte[] payload, byte[] hash) {
    }

    static Encoded encode(long position, String key, String command, Actor actor, OffsetDateTime at, CommunityEvent event,
            byte[] previousHash) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("actor", MAPPER.createObjectNode().put("id", actor.id()).put("role", actor.role().name()));
        o.put("at", at.toString());
        o.put("command", command);
        o.set("event", MAPPER.valueToTree(event));
        o.put("key", key);
        o.put("position", position);
        o.put("previousHash", hex(previousHash));
        o.put("schemaVersion", event.schemaVersion());
        o.put("type", event.type());
        byte[] body;
        try {
            body = MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write the community event " + event.type() + " as JSON", e);
        }
        MessageDigest sha = sha256();
        sha.update(previousHash);
        byte[] hash = sha.digest(body);
        byte[] hashHex = hex(hash).getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[body.length + 1 + hashHex.length];
        System.arraycopy(body, 0, payload, 0, body.length);
        payload[body.length] = '\n';
        System.arraycopy(hashHex, 0, payload, body.length + 1, hashHex.length);
        return new Encoded(payload, hash);
    }

    /**
     * Reads the record at {@code position} that should follow {@code previousHash}.
     *
     * @throws UnreadableCommunityEventException naming the position and the problem
     */
    static RecordedCommunityEvent decode(long position, byte[] payload, byte[] previousHash) {
        int nl = -1;
        for (int i = payload.length - 1; i >= 0; i--) {
            if (payload[i] == '\n') {
                nl = i;
                break;
            }
        }
        if (nl < 0 || payload.length - nl - 1 != 64) {
            throw new UnreadableCommunityEventException(position, "no hash line after the event's JSON");
        }
        String stored = new String(payload, nl + 1, 64, StandardCharsets.US_ASCII);
        MessageDigest sha = sha256();
        sha.update(previousHash);
        sha.update(payload, 0, nl);
        String computed = hex(sha.digest());
        if (!computed.equals(stored)) {
            throw new UnreadableCommunityEventException(position, "hash mismatch: the record or the one before it was"
                    + " altered (stored " + stored + ", computed " + computed + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(payload, 0, nl);
        } catch (java.io.IOException e) {
            throw new UnreadableCommunityEventException(position, "not JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableCommunityEventException(position, "not a JSON object");
        }
        String type = root.path("type").asText("");
        Class<? extends CommunityEvent> cls = TYPES.get(type);
        if (cls == null) {
            throw new UnreadableCommunityEventException(position, "unknown event type \"" + type + "\"; this library reads "
                    + TYPES.keySet());
        }
        int version = root.path("schemaVersion").asInt(-1);
        if (version < 1) {
            throw new UnreadableCommunityEventException(position, type + " has no valid schemaVersion");
        }
        if (version > CURRENT_VERSION) {
            throw new UnreadableCommunityEventException(position, type + " is written in schema version " + version
                    + "; this library reads " + type + " up to version " + CURRENT_VERSION
                    + ": open the community with a newer Saruar");
        }
        if (root.path("position").asLong(-1) != position) {
            throw new UnreadableCommunityEventException(position, "the record says it is at position "
                    + root.path("position") + ": records were moved");
        }
        if (!hex(previousHash).equals(root.path("previousHash").asText())) {
            throw new UnreadableCommunityEventException(position, "previousHash does not name the record before it");
        }
        JsonNode body = root.get("event");
        if (body == null || !body.isObject()) {
            throw new UnreadableCommunityEventException(position, type + " has no event object");
        }
        try {
            CommunityEvent event = MAPPER.treeToValue(body, cls);
            JsonNode a = root.path("actor");
            Actor actor = Actor.of(a.path("id").asText(), ActorRole.valueOf(a.path("role").asText()));
            OffsetDateTime at = OffsetDateTime.parse(root.path("at").asText());
            return new RecordedCommunityEvent(position, type, version, root.path("key").asText(),
                    root.path("command").asText(), actor, at, event, hex(previousHash), stored);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new UnreadableCommunityEventException(position, type + " does not match its schema: " + e.getMessage());
        }
    }
}
