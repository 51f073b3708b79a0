package kz.saruar.cohort;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import kz.saruar.model.journal.JournalFormat;

/**
 * The cohort journal's format (LFT-06; docs/events.md): its event types, each with the schema
 * version this library writes, read and written as {@link JournalFormat} chains every journal.
 */
final class EventCodec {
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
     * The format, with the upcasters by type and the version they read: each turns an event body of
     * that version into the next version's. None while every type is at version 1; docs/events.md
     * says how one is added.
     */
    static final JournalFormat<CohortEvent> FORMAT = JournalFormat.of("cohort", CohortJson.MAPPER, TYPES,
            CohortEvent.CohortCreated.class).withVersions(CURRENT_VERSION, Map.of())
            .withUnreadable(UnreadableEventException::new);

    private EventCodec() {
    }
}
