package kz.saruar.community.consent;

import kz.saruar.model.Rules;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import kz.saruar.community.CommunityReason;
import kz.saruar.model.decision.Figure;
import kz.saruar.model.decision.Outcome;
import kz.saruar.model.json.JsonReader;

/**
 * The stored form of a {@link PairingEvent} (HUB-01): one JSON object with {@code type},
 * {@code schemaVersion} and the event's fields; read back with the strict reader.
 */
public final class PairingEventJson {
    private static final Map<String, Class<? extends PairingEvent>> TYPES = Map.of(
            "PROPOSED", PairingEvent.Proposed.class,
            "CONSENTED", PairingEvent.Consented.class,
            "DECLINED", PairingEvent.Declined.class);
    private static final JsonReader READER = JsonReader.forRule(Rules.HUB_01);

    private PairingEventJson() {
    }

    /** The event as one line of JSON. */
    public static String write(PairingEvent event) {
        Objects.requireNonNull(event, "event");
        ObjectNode n = (ObjectNode) JsonReader.toTree(event);
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("type", event.type());
        out.setAll(n);
        return JsonReader.toText(out, false);
    }

    /** An event read from its JSON; refused with reasons for a bad type, schema version or field. */
    public static Outcome<PairingEvent> read(String json) {
        return READER.readTree(json).flatMap(PairingEventJson::read);
    }

    private static Outcome<PairingEvent> read(JsonNode tree) {
        String type = tree.path("type").asText("");
        Class<? extends PairingEvent> c = TYPES.get(type);
        if (c == null) {
            return Outcome.refused(CommunityReason.UNKNOWN_EVENT_TYPE.reason("$.type", Figure.of("type", type)));
        }
        int version = tree.path("schemaVersion").asInt(-1);
        if (version != PairingEvent.SCHEMA_VERSION) {
            return Outcome.refused(CommunityReason.UNKNOWN_SCHEMA_VERSION.reason("$.schemaVersion", Figure.of("version", version)));
        }
        ObjectNode body = ((ObjectNode) tree).deepCopy();
        body.remove("type");
        return READER.check(body, c.asSubclass(Record.class)).map(PairingEvent.class::cast);
    }
}
