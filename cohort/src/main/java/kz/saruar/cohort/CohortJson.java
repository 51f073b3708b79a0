package kz.saruar.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Objects;
import kz.saruar.model.journal.RecordedEvent;

/**
 * The one JSON mapper of the cohort's events, commands and read model (docs/events.md): java.time
 * values as ISO-8601 text keeping their offset, {@code Optional} fields left out when empty,
 * properties and map keys in alphabetical order (so that the bytes an event is hashed over do
 * not depend on declaration order), unknown fields and duplicate keys refused on reading.
 */
public final class CohortJson {
    /**
     * The mapper; thread-safe, never reconfigured. Not public: the bytes each event is hashed over
     * depend on its settings, and an ObjectMapper can be reconfigured by anyone who holds it.
     */
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
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private CohortJson() {
    }

    /** A cohort value (a receipt, a view, a deadline…) as JSON, written as the journal writes it. */
    public static JsonNode toJson(Object value) {
        return MAPPER.valueToTree(Objects.requireNonNull(value, "value"));
    }

    /** A recorded event as one JSON object: its envelope, the event and its hash ({@link RecordedEvent#toJson}). */
    public static ObjectNode toJson(RecordedEvent<CohortEvent> event) {
        return Objects.requireNonNull(event, "event").toJson(MAPPER);
    }
}
