package kz.saruar.model.lifecycle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.saruar.model.Kazakhstan;
import kz.saruar.model.RuleId;
import kz.saruar.model.SaruarException;
import kz.saruar.model.methodology.ActorRole;
import kz.saruar.model.methodology.LifecycleCommandCode;

/**
 * Lifecycle events and commands as JSON (APP-03, APP-08..12, PRE-09, PRE-10, DEF-06..12, ACC-03,
 * EXT-02, EXT-04), the form a cohort's journal keeps. An event:
 * <pre>{@code
 * {"type": "REJECT", "schemaVersion": 1, "sequence": 2, "projectId": "P-1",
 *  "actor": {"id": "org-1", "role": "ORGANIZER"}, "at": "2026-04-10T11:00:00+05:00",
 *  "from": "APPLIED", "to": "REJECTED", "why": "WEAK_TEAM", "rules": ["APP-12"],
 *  "command": {"reasonCode": "WEAK_TEAM", "shownToApplicant": false}}
 * }</pre>
 * {@code type} is the command's code or {@code SUBMIT} (which has no {@code from} and no
 * {@code command}); times are ISO-8601 with the Kazakhstan offset, days ISO-8601 dates. A command
 * alone is its fields with its code in {@code "command"}. Reading is strict (unknown, missing or
 * duplicate fields are refused): these are the library's own records, so a malformed one is a
 * broken journal and a {@link SaruarException}, not a refusal.
 */
public final class LifecycleJson {
    /** The version of the event shape written by this library. */
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final List<String> EVENT_FIELDS = List.of("type", "schemaVersion", "sequence", "projectId", "actor",
            "at", "from", "to", "why", "rules", "command");

    private LifecycleJson() {
    }

    /** The event as one line of JSON. */
    public static String write(LifecycleEvent event) {
        return text(toTree(event));
    }

    /** The event as a JSON tree. */
    public static ObjectNode toTree(LifecycleEvent event) {
        Objects.requireNonNull(event, "event");
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", event.what());
        n.put("schemaVersion", SCHEMA_VERSION);
        n.put("sequence", event.sequence());
        n.put("projectId", event.projectId());
        n.putObject("actor").put("id", event.actor().id()).put("role", event.actor().role().name());
        n.put("at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.at().atZone(Kazakhstan.ZONE).toOffsetDateTime()));
        event.from().ifPresent(f -> n.put("from", f.name()));
        n.put("to", event.to().name());
        n.put("why", event.why());
        ArrayNode rules = n.putArray("rules");
        event.rules().forEach(r -> rules.add(r.value()));
        event.command().ifPresent(c -> n.set("command", MAPPER.valueToTree(c)));
        return n;
    }

    /**
     * The event in this JSON text.
     *
     * @throws SaruarException when the text is not an event of this shape and version
     */
    public static LifecycleEvent read(String json) {
        return fromTree(tree(json));
    }

    /**
     * The event in this JSON tree.
     *
     * @throws SaruarException when the tree is not an event of this shape and version
     */
    public static LifecycleEvent fromTree(JsonNode node) {
        Objects.requireNonNull(node, "node");
        if (!node.isObject()) {
            throw new SaruarException("a lifecycle event is a JSON object, not " + node.getNodeType());
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!EVENT_FIELDS.contains(f)) {
                throw new SaruarException("a lifecycle event has no field \"" + f + "\"");
            }
        });
        int version = field(node, "schemaVersion").asInt();
        if (!field(node, "schemaVersion").isInt() || version != SCHEMA_VERSION) {
            throw new SaruarException("lifecycle event schema version " + field(node, "schemaVersion")
                    + " is not " + SCHEMA_VERSION);
        }
        String type = text(node, "type");
        boolean submit = type.equals(LifecycleEvent.SUBMIT);
        Optional<LifecycleCommandCode> code = submit ? Optional.empty() : Optional.of(code(type));
        Optional<LifecycleCommand> command = code.map(c -> command(field(node, "command"), c));
        if (submit && (node.has("command") || node.has("from"))) {
            throw new SaruarException("a SUBMIT event has neither a command nor a from state");
        }
        JsonNode actor = field(node, "actor");
        List<RuleId> rules = new ArrayList<>();
        JsonNode rs = field(node, "rules");
        if (!rs.isArray()) {
            throw new SaruarException("the rules of a lifecycle event are an array");
        }
        rs.forEach(r -> rules.add(RuleId.of(r.asText())));
        JsonNode sequence = field(node, "sequence");
        if (!sequence.canConvertToLong() || !sequence.isIntegralNumber()) {
            throw new SaruarException("the sequence of a lifecycle event is a whole number: " + sequence);
        }
        try {
            return new LifecycleEvent(sequence.asLong(), text(node, "projectId"),
                    Actor.of(text(actor, "id"), ActorRole.valueOf(text(actor, "role"))),
                    OffsetDateTime.parse(text(node, "at"), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant(), command,
                    submit ? Optional.empty() : Optional.of(ProjectState.valueOf(text(node, "from"))),
                    ProjectState.valueOf(text(node, "to")), text(node, "why"), rules);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new SaruarException("malformed lifecycle event: " + e.getMessage(), e);
        }
    }

    /** The command as one line of JSON: its fields, and its code in {@code "command"}. */
    public static String write(LifecycleCommand command) {
        Objects.requireNonNull(command, "command");
        ObjectNode n = MAPPER.createObjectNode();
        n.put("command", command.code().name());
        n.setAll((ObjectNode) MAPPER.valueToTree(command));
        return text(n);
    }

    /**
     * The command in this JSON text ({@code "command"} names its code).
     *
     * @throws SaruarException when the text is not a command of this shape
     */
    public static LifecycleCommand readCommand(String json) {
        JsonNode n = tree(json);
        if (!n.isObject()) {
            throw new SaruarException("a lifecycle command is a JSON object");
        }
        LifecycleCommandCode code = code(text(n, "command"));
        ObjectNode fields = ((ObjectNode) n).deepCopy();
        fields.remove("command");
        return command(fields, code);
    }

    private static LifecycleCommand command(JsonNode fields, LifecycleCommandCode code) {
        try {
            return MAPPER.treeToValue(fields, LifecycleTable.of(code).command());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SaruarException("malformed " + code + " command: " + e.getMessage(), e);
        }
    }

    private static LifecycleCommandCode code(String type) {
        try {
            return LifecycleCommandCode.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new SaruarException("unknown lifecycle event type \"" + type + "\"", e);
        }
    }

    private static JsonNode field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new SaruarException("a lifecycle event needs \"" + name + "\"");
        }
        return v;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = field(node, name);
        if (!v.isTextual()) {
            throw new SaruarException("\"" + name + "\" is a text, not " + v);
        }
        return v.textValue();
    }

    private static JsonNode tree(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SaruarException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String text(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new SaruarException("cannot write lifecycle JSON", e);
        }
    }
}
