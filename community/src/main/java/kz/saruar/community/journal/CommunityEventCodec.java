package kz.saruar.community.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import kz.saruar.model.LocalizedText;
import kz.saruar.model.journal.JournalFormat;
import kz.saruar.model.journal.UnreadableRecordException;

/**
 * The community journal's format (LFT-06), the cohort journal's (docs/events.md) with the
 * envelope's properties in alphabetical order: its event types, all at schema version 1, and its
 * mapper, the cohort's settings ({@code CohortJson}) keeping measurements' exact decimals.
 */
final class CommunityEventCodec {
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

    static final JournalFormat<CommunityEvent> FORMAT = JournalFormat.of("community", MAPPER, TYPES,
            CommunityEvent.CommunityCreated.class).withSortedEnvelope()
            // the journal named in Kazakh and Russian (genitive) in an unreadable record's sentence
            .withUnreadable((position, why) -> new UnreadableRecordException(
                    LocalizedText.message("қауымдастық", "сообщества", "community"), position, why));

    private CommunityEventCodec() {
    }
}
