package kz.saruar.community.journal;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import kz.saruar.model.journal.JournalFormat;

/**
 * The community journal's format (LFT-06), the cohort journal's (docs/events.md) with the
 * envelope's properties in alphabetical order: its event types, all at schema version 1, and its
 * mapper, which keeps measurements' exact decimals.
 */
final class CommunityEventCodec {
    /** The one mapper of the journal: every journal's settings, and exact decimals. */
    static final ObjectMapper MAPPER = JournalFormat.mapperBuilder()
            // measurements keep their exact decimals through the journal (20 stays 20, not 2E+1 read back as 20.0)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
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
            CommunityEvent.CommunityCreated.class).withSortedEnvelope();

    private CommunityEventCodec() {
    }
}
