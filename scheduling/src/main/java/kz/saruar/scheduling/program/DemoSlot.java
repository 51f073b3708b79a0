package kz.saruar.scheduling.program;

import java.time.ZonedDateTime;
import kz.saruar.model.Arguments;

/**
 * One team's presentation time at the demo day (ACC-03), as long as a defense presentation with
 * its questions (DEF-02).
 *
 * @param entry the team
 * @param start the start
 * @param end   the end
 */
public record DemoSlot(DemoEntry entry, ZonedDateTime start, ZonedDateTime end) {
    /** Refuses nulls. */
    public DemoSlot {
        Arguments.nonNull("entry", entry, "start", start, "end", end);
    }
}
