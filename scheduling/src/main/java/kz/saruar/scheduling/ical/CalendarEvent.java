package kz.saruar.scheduling.ical;

import java.time.Instant;
import java.util.Optional;
import kz.saruar.model.Arguments;

/**
 * One event to export as a VEVENT: a kickoff session, module, coaching meeting, defense or
 * consultation (PRE-02, ACC-02..04, PRE-05).
 *
 * @param uid         a globally unique, stable ID (RFC 5545 UID)
 * @param start       the start
 * @param end         the end, after the start
 * @param summary     a short title, any language
 * @param description a longer text, if any
 * @param location    where, if known
 */
public record CalendarEvent(String uid, Instant start, Instant end, String summary, Optional<String> description,
        Optional<String> location) {
    /** Refuses nulls, a blank UID and an end not after the start. */
    public CalendarEvent {
        Arguments.nonNull("uid", uid, "start", start, "end", end, "summary", summary, "description", description,
                "location", location);
        if (uid.isBlank()) {
            throw new IllegalArgumentException("event uid is blank");
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("event " + uid + " ends " + end + " not after its start " + start);
        }
    }

    /** An event without description or location. */
    public static CalendarEvent of(String uid, Instant start, Instant end, String summary) {
        return new CalendarEvent(uid, start, end, summary, Optional.empty(), Optional.empty());
    }
}
