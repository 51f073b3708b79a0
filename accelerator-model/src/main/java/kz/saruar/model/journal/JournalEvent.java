package kz.saruar.model.journal;

/**
 * What an accepted command of a journal recorded (LFT-06): the payload of one record, with the
 * stable type the journal names it by and the schema version this library writes for that type.
 */
public interface JournalEvent {
    /** The event's type as the journal names it: the simple name of its class, e.g. {@code ApplicationSubmitted}. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The schema version this library writes for the type. */
    default int schemaVersion() {
        return 1;
    }
}
