package kz.saruar.cohort;

import com.fasterxml.jackson.databind.ObjectMapper;
import kz.saruar.model.journal.JournalFormat;

/**
 * The one JSON mapper of the cohort's events, commands and read model (docs/events.md), with the
 * settings of every journal's mapper ({@link JournalFormat#mapperBuilder()}): java.time
 * values as ISO-8601 text keeping their offset, {@code Optional} fields left out when empty,
 * properties and map keys in alphabetical order (so that the bytes an event is hashed over do
 * not depend on declaration order), unknown fields and duplicate keys refused on reading.
 */
public final class CohortJson {
    /** The mapper; thread-safe, never reconfigured. */
    public static final ObjectMapper MAPPER = JournalFormat.mapperBuilder().build();

    private CohortJson() {
    }
}
